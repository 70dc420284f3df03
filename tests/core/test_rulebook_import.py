"""The five shipped rulebooks as the importer builds them from the seeds (pure core, no Django)."""

from __future__ import annotations

import csv
import re
from dataclasses import replace

import pytest

from zhidu.core.errors import BadInput
from zhidu.core.rulebook import importer
from zhidu.core.rulebook.model import Rulebook
from zhidu.core.rulebook.numerals import int_to_cn

from .conftest import DATA, cite

SYSTEMS = {"tongyu-hrss": 23, "wenshan-hrss": 62, "district-bureau": 60, "baicheng-fupin": 47, "yuanshi-hrss": 28}

# 第N条 per system, for the systems numbered in articles (counted by hand in the seeds; each runs 第一条…
# without a gap, except seed 002's 行政执法责任制, whose source numbers two articles 第十四条).
ARTICLES = {
    "tongyu-hrss": {1: 12, 2: 7, 3: 14, 5: 13, 9: 40, 10: 12, 12: 9, 13: 11, 14: 17, 15: 17, 16: 11, 17: 12,
                    18: 11, 19: 11, 20: 10, 21: 10, 23: 8},
    "wenshan-hrss": {},  # its 58 条 are the 制度 themselves (systems 5–62)
    "district-bureau": {24: 12, 25: 31, 27: 7, 30: 16, 31: 18, 48: 4, 50: 11, 53: 7, 55: 8},
    "baicheng-fupin": {1: 35, 5: 20, 7: 14, 10: 3, 15: 14, 16: 15, 20: 14, 38: 26},
    "yuanshi-hrss": {},
}  # fmt: skip

# Chosen clauses: citation id → (system title, display label, exact text).
CLAUSES = {
    # seed 000
    "tongyu-hrss:2:3.5": (
        "党组会议制度",
        "第三条第（五）项",
        "（五）应当有半数以上党组成员到会方可召开。讨论和决定干部任免、处分党员事项必须有三分之二以上党组成员到会。\n\n",
    ),
    "tongyu-hrss:1:4": (
        "“一把手”权力运行制约制度",
        "第四条",
        "第四条 “一把手”不得直接分管财务、人事、物资采购、工程建设、行政审批工作（以下简称“五个不直接管”），"
        "以上五项工作由班子副职分管。具体工作中应遵循以下原则：\n\n",
    ),
    # numbering that runs on across parts: 二、 holds items 4–7
    "tongyu-hrss:6:2.4": (
        "办公楼使用管理制度",
        "第二部分第4目",
        "4、楼内保持日常干净整洁，严禁随地吐痰，乱扔烟头杂物，乱倒垃圾污水，乱贴乱画等不文明行为。\n\n",
    ),
    # （1） is missing in the source; （2） still opens its level
    "tongyu-hrss:22:3.2": (
        "事业单位工作人员病假期间生活待遇审批办法（试行）",
        "第三部分第（2）点",
        "（2）工作人员病假超过两个月的，从第三个月起按照下列标准发给病假期间工资：\n\n",
    ),
    # seed 001
    "wenshan-hrss:15:1.4.1": (
        "会议制度",
        "第（一）项第4目第（1）点",
        "(1)党组会议由党组书记主持,全体党组成员出席,须有2/3以上党组成员到会方能召开。\n\n",
    ),
    "wenshan-hrss:34:5.2": (
        "印章管理制度",
        "第（五）项第2目",
        "2.使用局印章,一般须经局长、副局长签批后,由用印科室的承办人持上述领导的批件,交由印章管理人员验证登记后用印。\n\n",
    ),
    "wenshan-hrss:11:3": (
        "集体讨论主要负责人末位表态制度",
        "第（三）项",
        "(三)如在集体讨论过程中有违反以上程序的现象,局领导可随时提出纠正意见,确保“一把手”末位表态的规定落到实处。\n",
    ),
    # seed 002 (one line: segments end with the space before the next marker)
    "district-bureau:3:2.5": (
        "党组会议议事规则",
        "第二部分第（五）项",
        "㈤党组会议必须有半数以上成员到会方可召开;讨论干部问题时,必须三分之二以上成员到会。 ",
    ),
    # the site watermark stays verbatim in the text
    "district-bureau:18:3": (
        "入党积极分子培养考察制度",
        "第3目",
        "3、支部要确定两名党员对一名入党积极分子进行培养,吸收他们参加党日活动和党课学习,参加区直机关党委的培训班,"
        "还要给他们压担子,在实践中锻炼培养。[公文思~#享公%^众&号] ",
    ),
    # a list restarted inside 4.3 stays running text (its 4、 and 5、 do not continue 4.1–4.3)
    "district-bureau:47:4.3": (
        "行风建设责任及责任追究制度",
        "第四部分第3目",
        "3、对在年终行风建设评议中影响评议成绩造成扣分,影响本局评议工作的。 凡有上述情况之一,视情给予 1、戒勉谈话; "
        "2、局全体会作检查; 3、扣发奖金; 4、警告处分; 5、按照《中国共产党廉洁自律准则》《中国共产党纪律处分条例》"
        "规定追究相应责任。 ",
    ),
    # seed 003
    "baicheng-fupin:2:4.1": (
        "党组议事规则",
        "第四部分第（一）项",
        "（一）党组会议必须有过半数的党组成员到会方能举行。研究干部工作必须有三分之二的党组成员到会方能举行。"
        "党组成员因故不能出席会议的，如有必要，应征求其对决定事项的意见。\n\n"
        "党组举行会议的时候，列席人员可以对会议讨论的事项发表意见，但无表决权。\n\n",
    ),
    # “2、” typed for 二、: it continues the 一、 level
    "baicheng-fupin:12:2": ("市扶贫办机关考勤管理制度（试行）", "第二部分", "2、 请（销）假管理\n\n"),
    "baicheng-fupin:1:20": (
        "白城市扶贫开发办公室工作规则",
        "第二十条",
        "第二十条 凡涉及群众切身利益、需要群众广泛知晓的有关经济薄弱区域发展、低收入人口的帮扶事项以及按规定需要公开的"
        "其它事项，均应通过网站、新闻发布会以及新闻媒体等方式，依法、及时、准确地向社会公开。\n\n",
    ),
    # seed 004
    "yuanshi-hrss:19:4.3": (
        "对属地管理行政执法活动的监督检查",
        "第四部分第（三）项",
        "    （三）受理投诉、举报的行政执法部门，应当在接到投诉、举报之日起30日内对投诉、举报内容核查处理或者责成"
        "有关行政执法部门核查处理，并将处理结果通知投诉、举报人。 \n\n",
    ),
    "yuanshi-hrss:1:2": (
        "主要职责1：拟订全县人力资源和社会保障事业发展规划、政策",
        "第2项事项",
        "\t\n\t\n\t负责研究组织实施市人力资源和社会保障地方性法规、规章\n\t\n\t\n\n",
    ),
    "yuanshi-hrss:20:2": (
        "规范行政处罚自由裁量权",
        "第2目",  # the list is 1、 二、 三、 in the source: 二、 continues the 1、 level
        "    二、法律、法规、规章未规定行政处罚实施机关可在一定范围内自由裁量的处罚事项，"
        "人力资源社会保障行政部门和执法机构应当严格按照相关法律、法规、规章的规定执行。\n\n",
    ),
}


def test_system_counts(books: dict[str, Rulebook]) -> None:
    assert {slug: len(b.systems) for slug, b in books.items()} == SYSTEMS
    assert sum(SYSTEMS.values()) == 220


def test_systems_are_numbered_in_document_order(books: dict[str, Rulebook]) -> None:
    for book in books.values():
        assert [s.number for s in book.systems] == list(range(1, len(book.systems) + 1))
        spans = [s.span for s in book.systems]
        assert all(a < b for a, b in spans)
        assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


@pytest.mark.parametrize("cid", sorted(CLAUSES))
def test_chosen_clause_text(books: dict[str, Rulebook], cid: str) -> None:
    title, label, text = CLAUSES[cid]
    system, clause = cite(books, cid)
    assert system.title == title
    assert clause.label() == label
    assert clause.text == text


def test_quorum_clause_of_tongyu_party_group_meeting(books: dict[str, Rulebook]) -> None:
    hits = [
        (s.number, c.path)
        for s in books["tongyu-hrss"].systems
        for c in s.clauses
        if "应当有半数以上党组成员到会方可召开" in c.text
    ]
    assert hits == [(2, (3, 5))]


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_article_counts(books: dict[str, Rulebook], slug: str) -> None:
    got = {}
    for s in books[slug].systems:
        articles = [c.path for c in s.clauses if c.family == "article"]
        if articles:
            got[s.number] = len(articles)
            assert articles == [(n,) for n in range(1, len(articles) + 1)], (slug, s.number)
    assert got == ARTICLES[slug]


def test_wenshan_articles_are_its_systems(books: dict[str, Rulebook]) -> None:
    """文山州 工作规则: 第一条…第五十八条 are systems 5–62, each opening with its article heading."""
    systems = books["wenshan-hrss"].systems
    for n, s in enumerate(systems[4:], 1):
        assert re.match(rf"\s*第{int_to_cn(n)}条", s.text), (n, s.title)


def test_clauses_join_back_to_the_span(books: dict[str, Rulebook], seed_texts: dict[str, str]) -> None:
    for slug, book in books.items():
        seed = seed_texts[slug]
        for s in book.systems:
            a, b = s.span
            assert "".join(c.text for c in s.clauses) == seed[a:b], (slug, s.number)
            assert s.clauses[0].path == () and s.clauses[0].family == "root"
            assert [c.seq for c in s.clauses] == list(range(len(s.clauses)))
            assert all(c.text for c in s.clauses[1:]), (slug, s.number)


# What may lie between systems: the site's page header before the first one, chapter headings of
# 文山州 工作规则 (第一章 总则 …), the part headings of seed 002's compendium, the register's header.
_GAPS = {
    "tongyu-hrss": [],
    "wenshan-hrss": [r"第[一二三四五]章\s*\S+"],
    "district-bureau": [r"[二三四]、\S+"],
    "baicheng-fupin": [],
    "yuanshi-hrss": [],
}
_LEADING = {
    "tongyu-hrss": "",
    "wenshan-hrss": "发布时间:2019-01-22",
    "district-bureau": "目 录",
    "baicheng-fupin": "",
    "yuanshi-hrss": "部门职责登记表",
}


@pytest.mark.parametrize("slug", sorted(SYSTEMS))
def test_seed_minus_gaps_is_the_systems(books: dict[str, Rulebook], seed_texts: dict[str, str], slug: str) -> None:
    """Cutting the unassigned gaps out of the seed leaves exactly the systems' text, and the gaps hold
    only white space, the page header before the first system, or the headings listed above."""
    seed, book = seed_texts[slug], books[slug]
    pos, gaps = 0, []
    for s in book.systems:
        gaps.append(seed[pos : s.span[0]])
        pos = s.span[1]
    trailing = seed[pos:]
    rest = "".join(seed[s.span[0] : s.span[1]] for s in book.systems)
    assert rest == "".join(s.text for s in book.systems)
    assert len(seed) == len(rest) + sum(map(len, gaps)) + len(trailing)
    assert importer._squash(rest) == importer._squash("".join(c.text for s in book.systems for c in s.clauses))
    assert not trailing.strip()
    lead, *inner = gaps
    assert _LEADING[slug] in lead
    for g in inner:
        if g.strip():
            assert any(re.fullmatch(p, g.strip()) for p in _GAPS[slug]), (slug, g[:80])


def test_paths_unique_within_each_system(books: dict[str, Rulebook]) -> None:
    for book in books.values():
        for s in book.systems:
            paths = [c.path for c in s.clauses if c.path is not None]
            assert len(paths) == len(set(paths)), (book.slug, s.number)
            for c in s.clauses:
                if c.path:  # a clause's parent exists before it (or is the root)
                    assert c.path[:-1] == () or s.clause(c.path[:-1]) is not None, (book.slug, s.number, c.path)
                    assert len(c.families) == len(c.path)


def test_markers_open_their_segments(books: dict[str, Rulebook]) -> None:
    for book in books.values():
        for s in book.systems:
            for c in s.clauses:
                if c.marker:
                    assert c.text.lstrip(" \t\u3000\xa0").startswith(c.marker), (book.slug, s.number, c.path)


def test_ids_are_stable_across_imports(manifests: dict[str, importer.Manifest], books: dict[str, Rulebook]) -> None:
    def ids(book: Rulebook) -> list[tuple[str, str]]:
        return [(f"{book.slug}:{s.number}:{c.path_str}", c.text) for s in book.systems for c in s.clauses]

    for slug, m in manifests.items():
        again = importer.build_rulebook(m, (importer.seeds_dir() / m.seed).read_bytes())
        assert ids(again) == ids(books[slug])
        assert [(s.title, s.catalog_ids, s.span) for s in again.systems] == [
            (s.title, s.catalog_ids, s.span) for s in books[slug].systems
        ]


def test_titles_and_headings_are_in_the_text(
    manifests: dict[str, importer.Manifest], books: dict[str, Rulebook]
) -> None:
    for slug, m in manifests.items():
        for spec, s in zip(m.systems, books[slug].systems, strict=True):
            assert "FIXME" not in str(spec)
            assert s.title and not s.title.startswith(("一、", "二、", "附件"))
            heading = spec.get("heading", spec["title"])
            assert importer._squash(heading) in importer._squash(s.text[:600]), (slug, s.number)


# -- seed 002: table of contents and the catalog's character offsets


def test_district_bureau_toc_ids(manifests: dict[str, importer.Manifest], seed_texts: dict[str, str]) -> None:
    line = seed_texts["district-bureau"].split("\n")[11]
    items, body = importer.parse_toc(line)
    assert len(items) == 59 and body == 806
    specs = manifests["district-bureau"].systems
    assert [s["toc"] for s in specs if "toc" in s] == [tid for tid, _, _ in items]
    unlisted = [s for s in specs if "toc" not in s]
    assert [(s["catalog"], s["heading"]) for s in unlisted] == [(["S002-52"], "计算机管理制度")]
    # S002-01…S002-51 are TOC items 1…51 in order, S002-53…S002-60 the rest
    listed_ids = [s["catalog"][0] for s in specs if "toc" in s]
    assert listed_ids == [f"S002-{n:02d}" for n in [*range(1, 52), *range(53, 61)]]


def test_district_bureau_spans_agree_with_catalog_offsets(
    manifests: dict[str, importer.Manifest], books: dict[str, Rulebook], seed_texts: dict[str, str]
) -> None:
    """Spans equal the catalog's offsets in line 12, except that the importer cuts part headings out."""
    seed = seed_texts["district-bureau"]
    base = sum(len(x) + 1 for x in seed.split("\n")[:11])
    line = seed.split("\n")[11]
    items, _ = importer.parse_toc(line)
    parts = {f"{tid.split('-')[0]}、{part}" for tid, part, _ in items}
    differing = []
    for spec, s in zip(manifests["district-bureau"].systems, books["district-bureau"].systems, strict=True):
        ca, cb = spec["catalog_offsets"]
        a, b = s.span[0] - base, s.span[1] - base
        assert b == cb, spec["catalog"]
        if a != ca:
            assert ca < a and line[ca:a].strip() in parts, (spec["catalog"], line[ca:a])
            differing.append(spec["catalog"][0])
    assert differing == ["S002-04", "S002-21", "S002-30"]


# -- seed 004: the duty register


def _duties() -> list[dict[str, str]]:
    with (DATA / "duties-004.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_work_items_match_duties_tsv(books: dict[str, Rulebook]) -> None:
    book = books["yuanshi-hrss"]
    rows = _duties()
    assert len(rows) == len(book.work_items) == 152
    # the register keeps the seed's spelling; the TSV corrects one typo (its note says so)
    spelling = {"公务录用与调配科": "公务员录用与调配科"}
    for row, item in zip(rows, book.work_items, strict=True):
        assert item.duty_no == int(row["duty_no"])
        assert item.text == row["item_zh"]
        units = [spelling.get(u, u) for u in item.sections]
        assert "|".join(units) == row["section_zh"], row["note"]


def test_register_blocks(books: dict[str, Rulebook]) -> None:
    book = books["yuanshi-hrss"]
    blocks = book.systems[:16]
    assert [s.catalog_ids for s in blocks] == [(f"S004-{n:02d}",) for n in range(1, 17)]
    per_duty: dict[int, int] = {}
    for item in book.work_items:
        per_duty[item.duty_no] = per_duty.get(item.duty_no, 0) + 1
    for n, s in enumerate(blocks, 1):
        rows = [c for c in s.clauses if c.family == "row"]
        assert [c.path for c in rows] == [(i,) for i in range(1, per_duty[n] + 1)]
    # the remark (备注) of duty 15's first row carries the legal bases of special working hours
    first15 = next(i for i in book.work_items if i.duty_no == 15)
    assert first15.remark.startswith("特殊工时实施依据1、《劳动法》第三十九条")
    assert sum(1 for i in book.work_items if i.remark) == 1
    # duty 3 has no unit for its first four items (nothing above them to fill down from)
    assert [i.sections for i in book.work_items if i.duty_no == 3][:5] == [(), (), (), (), ("公务员录用与调配科",)]


def test_yuanshi_tables_and_text(books: dict[str, Rulebook]) -> None:
    systems = books["yuanshi-hrss"].systems
    assert systems[16].title == "与相关部门的职责边界登记表" and len(systems[16].clauses) == 1
    assert systems[17].title == "公共服务事项登记表" and len(systems[17].clauses) == 1
    assert [c.path for c in systems[18].clauses if c.family == "cn_dun"] == [(n,) for n in range(1, 6)]


# -- refusing bad input


def test_build_refuses_a_changed_seed(manifests: dict[str, importer.Manifest]) -> None:
    m = manifests["tongyu-hrss"]
    raw = (importer.seeds_dir() / m.seed).read_bytes()
    with pytest.raises(BadInput) as err:
        importer.build_rulebook(m, raw.replace("三分之二".encode(), "二分之一".encode(), 1))
    assert "拒绝" in err.value.message_zh and "refused" in err.value.message_en
    assert "SHA-256" in err.value.message_zh


def test_build_refuses_a_heading_that_is_not_there(manifests: dict[str, importer.Manifest]) -> None:
    m = manifests["tongyu-hrss"]
    systems = [dict(s) for s in m.systems]
    systems[1]["heading"] = "不存在的标题"
    with pytest.raises(BadInput) as err:
        importer.build_rulebook(replace(m, systems=systems), (importer.seeds_dir() / m.seed).read_bytes())
    assert "不存在的标题" in err.value.message_zh and "heading" in err.value.message_en


def test_build_refuses_toc_entries_out_of_order(manifests: dict[str, importer.Manifest]) -> None:
    m = manifests["district-bureau"]
    systems = [dict(s) for s in m.systems]
    systems[0]["toc"], systems[1]["toc"] = systems[1]["toc"], systems[0]["toc"]
    with pytest.raises(BadInput) as err:
        importer.build_rulebook(replace(m, systems=systems), (importer.seeds_dir() / m.seed).read_bytes())
    assert err.value.message_zh and "table of contents" in err.value.message_en


@pytest.mark.parametrize(
    ("raw", "zh", "en"),
    [
        (b"\xff\xfe\x00 not utf-8", "UTF-8", "not UTF-8"),
        ("第一条 随便一段文字\n".encode(), "不是已知机构", "not the rulebook of a known agency"),
        (b"", "不是已知机构", "no manifest matches"),
    ],
)
def test_match_manifest_refuses_unknown_files(raw: bytes, zh: str, en: str) -> None:
    with pytest.raises(BadInput) as err:
        importer.match_manifest(raw, "upload.txt")
    assert zh in err.value.message_zh and "拒绝" in err.value.message_zh
    assert en in err.value.message_en and "refused" in err.value.message_en
    assert err.value.as_dict()["message_en"] == err.value.message_en


def test_match_manifest_finds_each_seed(manifests: dict[str, importer.Manifest]) -> None:
    for slug, m in manifests.items():
        assert importer.match_manifest((importer.seeds_dir() / m.seed).read_bytes()).slug == slug
