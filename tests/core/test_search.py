"""The clause search engine (zhidu.core.search): pure Python, no Django."""

from __future__ import annotations

import random

import pytest

from zhidu.core.errors import BadInput
from zhidu.core.search import Doc, Hit, SearchIndex, clause_key, docs_from_rulebooks
from zhidu.core.search.index import make_snippets
from zhidu.core.search.tokenize import SEP, normalize

AG1, AG2 = "ag-one", "ag-two"
MEET, FIN = "governance-meetings", "finance-budget"


def doc(key: str, text: str, agency: str = AG1, domain: str = MEET, title: str = "制度", n: int = 0) -> Doc:
    return Doc(key=key, agency=agency, domain=domain, title=title, text=text, sort_key=(n,))


CORPUS = [
    doc("a:1", "第一条 党组会议议题涉及本人或者其亲属的，有关党组成员应当回避。回避情形由书记认定。", n=1),
    doc("a:2", "第二条 讨论干部任免必须有三分之二以上党组成员到会。", n=2),
    doc("a:3", "第三条 会议由书记召集和主持，会前应当请假。", n=3),
    doc("b:1", "一、公务接待应当严格标准，超过5,000元的须经局长审批。", AG2, FIN, title="公务接待制度", n=4),
    doc("b:2", "二、差旅费报销须附ＰＤＦ版行程单，每人每天不超过350元。", AG2, FIN, title="财务制度", n=5),
    doc("b:3", "三、民 主生活会每年召开一次，会后形成会议纪要。", AG2, MEET, title="民主生活会制度", n=6),
    doc("b:4", "四、三分的事项，分之以理，之二者不回避。", AG2, MEET, n=7),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(CORPUS)


def keys(hits: tuple[Hit, ...]) -> list[str]:
    return [h.key for h in hits]


def marked(hit: Hit) -> list[str]:
    return [t for s in hit.snippets for t, is_hit in s.pieces if is_hit]


# --- normalisation ---------------------------------------------------------------------------


def test_normalize_drops_whitespace_and_maps_offsets_back():
    norm, offs = normalize("民 主\n生活会")
    assert norm == "民主生活会"
    assert list(offs) == [0, 2, 4, 5, 6]


def test_normalize_folds_width_and_case_and_breaks_on_punctuation():
    assert normalize("ＰＤＦ版，Ｗｏｒｄ")[0] == f"pdf版{SEP}word"
    assert normalize("“三重一大”。（一）")[0] == f"三重一大{SEP}一"
    assert normalize("5,000元 与 3.5万元")[0] == "5000元与3.5万元"
    assert normalize("1,2,3")[0] == f"1{SEP}2{SEP}3"


# --- matching and ranking --------------------------------------------------------------------


def test_ranking_prefers_more_occurrences(index):
    r = index.search("回避")
    assert keys(r.hits)[0] == "a:1"  # twice, and a contiguous phrase
    assert set(keys(r.hits)) == {"a:1", "b:4"}
    assert r.total == 2
    assert all(h.score > 0 for h in r.hits)
    assert r.hits[0].score > r.hits[1].score


def test_contiguous_phrase_outranks_scattered_bigrams(index):
    r = index.search("三分之二")
    # b:4 holds 三分, 分之 and 之二 but not 三分之二: it matches, below the real phrase
    assert keys(r.hits) == ["a:2", "b:4"]
    assert marked(r.hits[0]) == ["三分之二"]
    assert marked(r.hits[1]) == ["三分", "分之", "之二"]


def test_title_hit_breaks_an_otherwise_equal_score():
    docs = [
        doc("x:1", "应当按时请假。", title="考勤制度", n=1),
        doc("x:2", "应当按时请假。", title="请假制度", n=2),
    ]
    r = SearchIndex.build(docs).search("请假")
    assert keys(r.hits) == ["x:2", "x:1"]
    assert r.hits[0].score > r.hits[1].score


def test_terms_separated_by_spaces_are_anded(index):
    assert keys(index.search("党组 回避").hits) == ["a:1"]
    assert keys(index.search("党组\u3000三分之二").hits) == ["a:2"]
    assert index.search("回避 差旅费").total == 0


def test_punctuation_breaks_bigrams(index):
    # a:1 has "……亲属的，有关……": 的有 must not match across the comma
    assert index.search("的有").total == 0
    assert index.search("的，有").total == 1  # the same break in the query does match


def test_whitespace_inside_a_word_matches_and_is_highlighted_verbatim(index):
    r = index.search("民主生活会")
    assert keys(r.hits) == ["b:3"]
    hit = r.hits[0]
    text = hit.doc.text
    (a, b), *_ = hit.spans
    assert text[a:b] == "民 主生活会"
    assert marked(hit) == ["民 主生活会"]
    for s in hit.snippets:
        assert "".join(t for t, _ in s.pieces) == text[s.start : s.end]
    # the query with the space in it finds it too (民 AND 主生活会)
    assert keys(index.search("民 主生活会").hits) == ["b:3"]


def test_highlight_spans_are_offsets_of_the_original_text(index):
    for q in ["回避", "三分之二", "会", "pdf", "5000元", "公务接待"]:
        for hit in index.search(q).hits:
            assert hit.spans, (q, hit.key)
            for a, b in hit.spans:
                fragment = normalize(hit.doc.text[a:b])[0]
                assert fragment, (q, hit.key)
            for s in hit.snippets:
                assert "".join(t for t, _ in s.pieces) == hit.doc.text[s.start : s.end]
                assert s.cut_before == bool(hit.doc.text[: s.start].strip())
                assert s.cut_after == bool(hit.doc.text[s.end :].strip())


def test_one_character_queries_use_unigrams(index):
    r = index.search("会")
    assert set(keys(r.hits)) == {"a:1", "a:2", "a:3", "b:3"}  # a:2: 到会
    hit = next(h for h in r.hits if h.key == "a:3")
    assert marked(hit) == ["会", "会"]
    assert [hit.doc.text[a:b] for a, b in hit.spans] == ["会", "会"]
    assert index.search("鑫").total == 0


def test_ascii_queries_fold_case_and_width(index):
    for q in ["pdf", "PDF", "ＰＤＦ", "Pdf版"]:
        r = index.search(q)
        assert keys(r.hits) == ["b:2"], q
    assert marked(index.search("pdf").hits[0]) == ["ＰＤＦ"]
    # a thousands comma does not hide an amount
    r = index.search("5000元")
    assert keys(r.hits) == ["b:1"]
    assert marked(r.hits[0]) == ["5,000元"]
    assert keys(index.search("350").hits) == ["b:2"]


# --- filters, paging, determinism ------------------------------------------------------------


def test_filters_by_agency_and_domain(index):
    assert set(keys(index.search("会", agencies=[AG1]).hits)) == {"a:1", "a:2", "a:3"}
    assert keys(index.search("会", agencies=AG2).hits) == ["b:3"]  # a single slug is accepted
    assert keys(index.search("会", agencies=[AG2], domains=[MEET]).hits) == ["b:3"]
    assert index.search("会", agencies=[AG2], domains=[FIN]).total == 0
    assert keys(index.search("元", domains=[FIN, "nonexistent"]).hits) == ["b:1", "b:2"]
    assert index.search("会", agencies=["no-such-agency"]).total == 0
    assert index.search("会", agencies=[], domains=()).total == 4  # an empty selection filters nothing


def test_paging_and_total():
    docs = [doc(f"p:{i:02d}", "应当" + "回避" * (1 + i % 4) + "。", n=i) for i in range(30)]
    idx = SearchIndex.build(docs)
    full = idx.search("回避", limit=100)
    assert full.total == 30 and len(full.hits) == 30
    pages = [idx.search("回避", offset=o, limit=7) for o in range(0, 35, 7)]
    assert all(p.total == 30 for p in pages)
    assert [k for p in pages for k in keys(p.hits)] == keys(full.hits)
    assert idx.search("回避", offset=30).hits == ()
    assert idx.search("回避", limit=0).hits == () and idx.search("回避", limit=0).total == 30
    scores = [h.score for h in full.hits]
    assert scores == sorted(scores, reverse=True)


def test_results_do_not_depend_on_insertion_order():
    docs = [doc(f"d:{i}", "会议" + "回避" * (i % 3 + 1) + "。", n=i) for i in range(40)]
    expected = [(h.key, h.score) for h in SearchIndex.build(docs).search("回避", limit=100).hits]
    rng = random.Random(7)
    for _ in range(5):
        shuffled = docs[:]
        rng.shuffle(shuffled)
        got = [(h.key, h.score) for h in SearchIndex.build(shuffled).search("回避", limit=100).hits]
        assert got == expected


def test_ties_follow_the_sort_key_then_the_key():
    docs = [
        Doc("z", AG1, MEET, "t", "回避。", sort_key=(1,)),
        Doc("b", AG1, MEET, "t", "回避。", sort_key=(2,)),
        Doc("a", AG1, MEET, "t", "回避。", sort_key=(2,)),
        Doc("c", AG1, MEET, "t", "回避。", sort_key=(0, 5)),
    ]
    assert keys(SearchIndex.build(docs).search("回避").hits) == ["c", "z", "a", "b"]


def test_duplicate_keys_are_refused():
    with pytest.raises(ValueError, match="duplicate"):
        SearchIndex.build([doc("k", "甲"), doc("k", "乙")])


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "\u3000\n\t", "，。！", "“”（）"])
def test_empty_or_punctuation_only_queries_are_refused(index, query):
    with pytest.raises(BadInput) as exc:
        index.search(query)
    assert exc.value.field == "q"
    assert exc.value.message_zh and exc.value.message_en
    assert "检索" in exc.value.message_zh


def test_overlong_queries_are_refused(index):
    assert index.search("会" * 200).total == 0  # exactly at the limit: fine
    with pytest.raises(BadInput) as exc:
        index.search("会" * 201)
    assert "200" in exc.value.message_zh and "200" in exc.value.message_en
    assert "过长" in exc.value.message_zh and "too long" in exc.value.message_en


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"offset": -1}, "offset"), ({"limit": -1}, "limit"), ({"limit": 10_001}, "limit")]
)
def test_bad_paging_is_refused(index, kwargs, field):
    with pytest.raises(BadInput) as exc:
        index.search("会", **kwargs)
    assert exc.value.field == field


# --- snippets --------------------------------------------------------------------------------


def test_snippets_of_long_text_are_windows_around_the_matches():
    text = "甲" * 300 + "回避" + "乙" * 300 + "回避" + "丙" * 300
    idx = SearchIndex.build([doc("long", text)])
    hit = idx.search("回避").hits[0]
    assert hit.spans == ((300, 302), (602, 604))
    assert len(hit.snippets) == 2
    for s, (a, b) in zip(hit.snippets, hit.spans, strict=True):
        assert s.start < a < b < s.end
        assert s.end - s.start <= 130
        assert s.cut_before and s.cut_after
        assert [t for t, is_hit in s.pieces if is_hit] == ["回避"]


def test_snippet_of_a_short_clause_is_the_whole_clause():
    text = "（三）会议由书记召集。\n\n"
    (s,) = make_snippets(text, [(3, 5)])
    assert (s.start, s.end) == (0, len(text.rstrip()))
    assert s.pieces == (("（三）", False), ("会议", True), ("由书记召集。", False))
    assert not s.cut_before and not s.cut_after


# --- the shipped rulebooks -------------------------------------------------------------------


def test_clause_keys():
    assert clause_key("tongyu-hrss", 2, (3, 5), 9) == "tongyu-hrss:2:3.5"
    assert clause_key("tongyu-hrss", 2, (), 0) == "tongyu-hrss:2"
    assert clause_key("tongyu-hrss", 2, None, 7) == "tongyu-hrss:2#c7"


def test_search_over_the_shipped_rulebooks():
    from zhidu.core.rulebook.importer import load_shipped, manifests

    books = []
    for m in manifests():  # some manifests may still be under repair: index whatever loads
        try:
            books.extend(load_shipped(m.slug))
        except BadInput:
            continue
    assert any(b.slug == "tongyu-hrss" for b in books)
    docs = list(docs_from_rulebooks(books))
    idx = SearchIndex.build(docs)
    assert len(idx) == len(docs) == len({d.key for d in docs})

    r = idx.search("回避", limit=100)
    hits = {h.key: h for h in r.hits}
    assert r.total >= 5
    recusal = [h for h in r.hits if h.doc.agency == "tongyu-hrss" and "有关党组成员应当回避" in h.doc.text]
    assert recusal, keys(r.hits)
    hit = recusal[0]
    assert hit.doc.title == "党组会议制度"
    assert hit.key.startswith("tongyu-hrss:") and hit.key in hits
    assert all(hit.doc.text[a:b] == "回避" for a, b in hit.spans)
    assert len(idx.search("回避", agencies=["tongyu-hrss"], limit=100).hits) == sum(
        1 for h in r.hits if h.doc.agency == "tongyu-hrss"
    )
