"""The server-rendered pages: sign-in, agency, duty register, system, permalinks, search, compare."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from zhidu.agencies.models import Agency
from zhidu.rulebook.models import Clause, System
from zhidu.web import views

SLUGS = ["tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin", "yuanshi-hrss"]

PAGES = [
    "/",
    "/a/tongyu-hrss/",
    "/a/yuanshi-hrss/duties/",
    "/a/tongyu-hrss/2/",
    "/c/tongyu-hrss:2:3.5/",
    "/search/?q=回避",
    "/compare/?topic=公务接待",
]


def text_of(response) -> str:
    return response.content.decode()


# --- sign-in ------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_every_page_requires_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login") + "?next=")


@pytest.mark.django_db
@pytest.mark.parametrize("url", [u for u in PAGES if not u.startswith("/c/")])
def test_pages_render_for_a_signed_in_user(signed_in, url):
    response = signed_in.get(url)
    assert response.status_code == 200
    assert "<main" in text_of(response)


@pytest.mark.django_db
def test_english_switch(signed_in):
    response = signed_in.post(reverse("set_language"), {"language": "en", "next": "/a/tongyu-hrss/"})
    assert response.status_code == 302
    page = text_of(signed_in.get("/a/tongyu-hrss/"))
    assert "Tongyu County" in page and "Meetings and deliberation" in page
    signed_in.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    assert "会议与议事" in text_of(signed_in.get("/a/tongyu-hrss/"))


# --- agency -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_agency_page_groups_systems_by_domain(signed_in):
    response = signed_in.get("/a/tongyu-hrss/")
    groups = response.context["groups"]
    systems = list(System.objects.filter(agency__slug="tongyu-hrss"))
    assert sum(len(g.systems) for g in groups) == len(systems)
    assert len({g.domain for g in groups}) == len(groups)
    for g in groups:
        assert all(s.domain == g.domain for s in g.systems)
        assert [s.number for s in g.systems] == sorted(s.number for s in g.systems)
    domains = [g.domain for g in groups]
    assert domains.index("governance-meetings") < domains.index("finance-budget")  # the table's order
    page = text_of(response)
    assert "会议与议事" in page and "财务" in page and "公务用车" in page
    assert "tongyu-hrss:2" in page and "S000-02" in page  # citation id and catalog id
    assert 'class="kind kind-enforce"' in page
    assert "责任科室" not in page  # only for an agency with a duty register


def test_unknown_domain_shows_its_id():
    groups = views.group_by_domain([System(number=1, domain="new-thing"), System(number=2, domain="vehicles")])
    assert [g.domain for g in groups] == ["vehicles", "new-thing"]
    from zhidu.web.labels import domain_label

    assert domain_label("new-thing") == "new-thing" and domain_label("vehicles") == "公务用车"


@pytest.mark.django_db
def test_unknown_agency_is_404(signed_in):
    response = signed_in.get("/a/no-such-agency/")
    assert response.status_code == 404
    assert "没有机构" in text_of(response) and "no agency" in text_of(response)


@pytest.mark.django_db
def test_duty_register_by_section(signed_in):
    assert "责任科室" in text_of(signed_in.get("/a/yuanshi-hrss/"))
    response = signed_in.get("/a/yuanshi-hrss/duties/")
    names = [s.section for s in response.context["sections"]]
    assert "社保科" in names and "政策法规科" in names
    response = signed_in.get("/a/yuanshi-hrss/duties/", {"section": "政策法规"})
    shown = response.context["shown"]
    assert [s.section for s in shown] == ["政策法规科"]
    page = text_of(response)
    assert "负责统筹指导全县人力资源和社会保障法制建设" in page
    assert 'href="/c/yuanshi-hrss:1:1/"' in page  # the work item's row clause
    assert signed_in.get("/c/yuanshi-hrss:1:1/")["Location"] == "/a/yuanshi-hrss/1/#c1"
    assert signed_in.get("/a/tongyu-hrss/duties/").status_code == 404  # no register there


# --- system and permalinks ----------------------------------------------------------------------


@pytest.mark.django_db
def test_system_page_shows_every_clause_with_its_cite(signed_in):
    response = signed_in.get("/a/tongyu-hrss/2/")
    page = text_of(response)
    assert "<h1>党组会议制度</h1>" in page
    assert "S000-02" in page and "可强制校验" in page and "会议与议事" in page
    clauses = list(Clause.objects.filter(system__agency__slug="tongyu-hrss", system__number=2).order_by("seq"))
    anchors = re.findall(r'<section class="clause[^"]*" id="([^"]+)"', page)
    assert anchors == [c.anchor for c in clauses]
    for c in clauses:
        if c.cite:
            assert f'href="/c/{c.cite}/"' in page
    assert 'class="clause d2" id="c3-5"' in page
    assert "tongyu-hrss:2:3.5" in page


@pytest.mark.django_db
def test_unknown_system_is_404(signed_in):
    assert signed_in.get("/a/tongyu-hrss/999/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cite", "location"),
    [
        ("tongyu-hrss:2:3.5", "/a/tongyu-hrss/2/#c3-5"),
        ("tongyu-hrss:2:3", "/a/tongyu-hrss/2/#c3"),
        ("tongyu-hrss:2", "/a/tongyu-hrss/2/#top"),
    ],
)
def test_permalink_redirects_to_the_anchor(signed_in, cite, location):
    response = signed_in.get(f"/c/{cite}/")
    assert response.status_code == 302
    assert response["Location"] == location


@pytest.mark.django_db
@pytest.mark.parametrize("cite", ["tongyu-hrss:2:99.1", "nobody:1:1", "not a cite", "tongyu-hrss:0"])
def test_unknown_permalink_is_404_in_both_languages(signed_in, cite):
    response = signed_in.get(f"/c/{cite}/")
    assert response.status_code == 404
    page = text_of(response)
    assert "找不到" in page and "Not found" in page
    assert ("引用编号" in page) and ("citation id" in page)


# --- search -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_search_page_shows_highlighted_hits(signed_in):
    response = signed_in.get("/search/", {"q": "回避"})
    page = text_of(response)
    assert response.context["page"].total > 0
    assert "<mark>回避</mark>" in page
    hit = response.context["page"].hits[0]
    assert f'href="/c/{hit.cite}/"' in page
    assert hit.display in page
    assert '<form class="search"' in page  # the whole page


@pytest.mark.django_db
def test_search_htmx_returns_only_the_results_fragment(signed_in):
    response = signed_in.get("/search/", {"q": "回避"}, headers={"HX-Request": "true"})
    page = text_of(response)
    assert "<mark>回避</mark>" in page
    assert "<html" not in page and "<form" not in page
    assert "HX-Request" in response["Vary"]
    restore_headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    restore = signed_in.get("/search/", {"q": "回避"}, headers=restore_headers)
    assert "<html" in text_of(restore)


@pytest.mark.django_db
def test_search_filters_and_pages(signed_in):
    everything = signed_in.get("/search/", {"q": "会议"}).context["page"]
    assert everything.total > views.PAGE_SIZE
    one = signed_in.get("/search/", {"q": "会议", "agency": "wenshan-hrss"}).context["page"]
    assert 0 < one.total < everything.total
    assert {h.agency_slug for h in one.hits} == {"wenshan-hrss"}
    domain = signed_in.get("/search/", {"q": "会议", "domain": "governance-meetings"}).context["page"]
    assert {h.domain for h in domain.hits} == {"governance-meetings"}
    first = signed_in.get("/search/", {"q": "会议"})
    assert 'rel="next"' in text_of(first) and "page=2" in text_of(first)
    second = signed_in.get("/search/", {"q": "会议", "page": "2"})
    assert second.context["page"].offset == views.PAGE_SIZE
    assert {h.cite for h in second.context["page"].hits}.isdisjoint({h.cite for h in everything.hits})
    assert signed_in.get("/search/", {"q": "会议", "page": "abc"}).context["page"].offset == 0


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["回" * 500, "\u3000", "<script>", "。", "zzzz-no-match"])
def test_bad_or_odd_queries_never_fail(signed_in, q):
    for headers in ({}, {"HX-Request": "true"}):
        response = signed_in.get("/search/", {"q": q, "page": "9999"}, headers=headers)
        assert response.status_code == 200
        assert "<script>" not in text_of(response).split("</head>")[-1]


@pytest.mark.django_db
def test_too_long_query_shows_the_bilingual_error(signed_in):
    response = signed_in.get("/search/", {"q": "回" * 500})
    error = response.context["error"]
    page = text_of(response)
    assert error.message_zh in page and error.message_en in page
    assert 'role="alert"' in page


@pytest.mark.django_db
def test_search_without_query_shows_the_form(signed_in):
    response = signed_in.get("/search/")
    assert response.status_code == 200
    assert "page" not in response.context and "error" not in response.context
    assert 'hx-trigger="input changed delay:' in text_of(response)


# --- compare ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_compare_has_one_column_per_agency(signed_in):
    response = signed_in.get("/compare/", {"topic": "公务接待"})
    columns = response.context["columns"]
    assert [c.agency.slug for c in columns] == list(Agency.objects.values_list("slug", flat=True))
    assert sorted(c.agency.slug for c in columns) == sorted(SLUGS)
    page = text_of(response)
    assert page.count('<section class="col"') == 5
    assert "<mark>" in page
    with_hits = [c for c in columns if c.systems]
    assert len(with_hits) >= 3
    for c in with_hits:
        cites = [sh.cite for sh in c.systems]
        assert len(cites) == len(set(cites)) <= views.COMPARE_SYSTEMS  # grouped by system
        for sh in c.systems:
            assert all(h.cite.startswith(sh.cite) for h in sh.hits)
            assert 1 <= len(sh.hits) <= views.COMPARE_CLAUSES


@pytest.mark.django_db
def test_compare_offers_preset_topics(signed_in):
    page = text_of(signed_in.get("/compare/"))
    for topic in ["公务接待", "党组会议", "请假", "财务审批", "公务用车", "回避", "印章", "信访"]:
        assert f">{topic}</a>" in page
    assert 'name="topic"' in page
    assert "columns" not in signed_in.get("/compare/").context


@pytest.mark.django_db
def test_compare_bad_topic_shows_the_error(signed_in):
    response = signed_in.get("/compare/", {"topic": "回" * 500})
    assert response.status_code == 200
    assert response.context["error"].message_en in text_of(response)


def test_group_hits_keeps_the_best_systems_and_clauses():
    class H:
        def __init__(self, cite):
            self.cite, self.system_title, self.domain = cite, "T" + cite.split(":")[1], "other"

    hits = [H(c) for c in ["a:1:1", "a:2:1", "a:1:2", "a:1:3", "a:1:4", "a:3", "a:4:1"]]
    groups = views.group_hits(hits, max_systems=3, max_clauses=2)
    assert [g.cite for g in groups] == ["a:1", "a:2", "a:3"]
    assert [h.cite for h in groups[0].hits] == ["a:1:1", "a:1:2"]
    assert groups[0].url == "/a/a/1/"


# --- no N+1 -------------------------------------------------------------------------------------

# session + user (2) and a few for the page itself, however many 制度 or clauses it shows


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/", 4),
        ("/a/wenshan-hrss/", 5),
        ("/a/yuanshi-hrss/", 5),
        ("/a/yuanshi-hrss/duties/", 4),
        ("/a/wenshan-hrss/1/", 5),
        ("/a/district-bureau/1/", 5),
        ("/c/tongyu-hrss:2:3.5/", 3),
        ("/search/?q=会议", 6),
        ("/compare/?topic=公务接待", 10),
    ],
)
def test_pages_use_a_fixed_number_of_queries(signed_in, django_assert_max_num_queries, url, most):
    signed_in.get(url)  # warm the search index, which is built once per rulebook generation
    with django_assert_max_num_queries(most):
        response = signed_in.get(url)
    assert response.status_code in (200, 302)


@pytest.mark.django_db
def test_home_lists_every_agency_with_counts_by_kind(signed_in):
    response = signed_in.get("/")
    summaries = response.context["agencies"]
    assert [s.agency.slug for s in summaries] == SLUGS
    for s in summaries:
        assert s.systems == System.objects.filter(agency=s.agency).count() == sum(s.by_kind.values())
        kinds = list(s.by_kind)
        assert kinds == sorted(kinds, key=["ENFORCE", "WORKFLOW", "CHECKLIST", "TEXT"].index)
    assert 'href="/a/yuanshi-hrss/"' in text_of(response)
