"""The numbering parser, numerals and display labels on small texts (pure core, no Django)."""

from __future__ import annotations

import pytest

from zhidu.core.rulebook.model import Clause, label_for
from zhidu.core.rulebook.numerals import cn_to_int, enclosed_value, int_to_cn
from zhidu.core.rulebook.parser import parse_clauses
from zhidu.core.rulebook.register import parse_register, split_units


def paths(clauses: list[Clause]) -> list[tuple[int, ...] | None]:
    return [c.path for c in clauses]


def check(text: str, clauses: list[Clause]) -> None:
    """Every character in exactly one segment; no path twice."""
    assert "".join(c.text for c in clauses) == text
    numbered = [c.path for c in clauses if c.path is not None]
    assert len(numbered) == len(set(numbered))


# -- numerals and labels


@pytest.mark.parametrize(
    ("cn", "n"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("三十五", 35), ("一百", 100), ("一百零三", 103),
     ("一百一十", 110), ("两", 2), ("12", 12)],
)  # fmt: skip
def test_cn_to_int(cn: str, n: int) -> None:
    assert cn_to_int(cn) == n


@pytest.mark.parametrize("bad", ["", "三条", "abc"])
def test_cn_to_int_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        cn_to_int(bad)


@pytest.mark.parametrize(
    ("n", "cn"),
    [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (58, "五十八"), (103, "一百零三"), (110, "一百一十"),
     (999, "九百九十九")],
)  # fmt: skip
def test_int_to_cn(n: int, cn: str) -> None:
    assert int_to_cn(n) == cn
    assert cn_to_int(cn) == n


def test_int_to_cn_round_trips_and_refuses_out_of_range() -> None:
    assert all(cn_to_int(int_to_cn(n)) == n for n in range(1, 1000))
    for bad in (0, 1000, -3):
        with pytest.raises(ValueError):
            int_to_cn(bad)


def test_enclosed_numerals() -> None:
    assert enclosed_value("⑴") == ("paren_digit", 1)
    assert enclosed_value("⑳") == ("circled", 20)
    assert enclosed_value("㈤") == ("paren_cn", 5)
    assert enclosed_value("五") is None


def test_labels() -> None:
    c = Clause(3, (3, 5), "cn_paren", "（五）", "（五）……", ("article", "cn_paren"))
    assert c.label() == "第三条第（五）项"
    assert c.path_str == "3.5" and c.depth == 2
    assert Clause(0, (), "root", "", "标题").label() == ""
    assert Clause(1, None, "chapter", "第一章", "第一章 总则").label() == ""
    deep = Clause(9, (2, 1, 3, 4), "circled", "④", "④…", ("cn_dun", "cn_paren", "num_dot", "circled"))
    assert deep.label() == "第二部分第（一）项第3目第④点"
    assert label_for("num_paren", 2) == "第（2）点"
    assert label_for("row", 7) == "第7项事项"
    assert label_for("paren_cn", 3) == "第（三）项"


# -- lines mode


def test_articles_items_and_cross_references() -> None:
    text = (
        "某某制度\n"
        "第一条 为了规范工作，制定本制度。\n"
        "第二条 会议应当遵守下列规定：\n"
        "（一）依照第一条、第三条的规定召开；\n"
        "（二）2019年1月1日起施行。\n"
        "第三条 附则。\n"
    )
    clauses = parse_clauses(text, body_start=len("某某制度"))
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (2,), (2, 1), (2, 2), (3,)]
    assert clauses[0].text == "某某制度\n"
    assert clauses[3].text == "（一）依照第一条、第三条的规定召开；\n"
    assert [c.label() for c in clauses] == ["", "第一条", "第二条", "第二条第（一）项", "第二条第（二）项", "第三条"]


def test_a_reference_out_of_sequence_stays_text() -> None:
    text = "标题\n第一条 总则。\n第五条所称的人员，另行规定。\n第二条 附则。\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (2,)]
    assert "第五条所称" in clauses[1].text


def test_chapters_do_not_restart_articles() -> None:
    text = "办法\n第1章 总则\n第一条 甲。\n第2章 附则\n第二条 乙。\n（一）丙\n第三条 丁。\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), None, (1,), None, (2,), (2, 1), (3,)]
    assert [c.family for c in clauses] == ["root", "chapter", "article", "chapter", "article", "cn_paren", "article"]


def test_ascii_parens_and_dots() -> None:
    text = "制度\n(一)种类\n1.甲\n2.乙\n8﹒丙\n(二)保管\n1.丁\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (1, 1), (1, 2), (2,), (2, 1)]  # 8﹒ skips too far: text


def test_numbering_that_runs_on_across_parents() -> None:
    text = "制度\n一、出入\n1、甲\n2、乙\n二、卫生\n3、丙\n4、丁\n三、安全\n5、戊\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (1, 1), (1, 2), (2,), (2, 3), (2, 4), (3,), (3, 5)]


def test_a_restarted_list_stays_running_text() -> None:
    text = "制度\n第一条 材料：\n1、身份证\n2、照片\n另须办理申报：\n1、领表\n2、填表\n3、审核\n第二条 附则。\n1、甲\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (1, 1), (1, 2), (2,), (2, 1)]
    # the second list, its 3、 included, is text of 1.2: nothing continues 1.1–1.2 with a wrong item
    assert clauses[3].text == "2、照片\n另须办理申报：\n1、领表\n2、填表\n3、审核\n"


def test_small_gaps_and_a_lost_first_marker() -> None:
    text = (
        "办法\n一、对象\n二、流程：\n病假两个月以内的，发给原工资；\n"
        "（2）超过两个月的：\n①甲\n②乙\n（3）超过六个月的：\n①丙\n（六）其他\n"
    )
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (2,), (2, 2), (2, 2, 1), (2, 2, 2), (2, 3), (2, 3, 1)]
    # （六） would open a third level under （3） at 6: no
    text = "制度\n（一）甲\n（二）乙\n（五）丙\n（九）丁\n"
    clauses = parse_clauses(text, body_start=2)
    assert paths(clauses) == [(), (1,), (2,), (5,)]  # two missing numbers tolerated, three not


def test_a_lost_first_marker_is_not_assumed_when_it_is_inline() -> None:
    text = "办法\n第一条 按新规定执行。\n附件：1.派车单\n2.维修单\n3.租车单\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,)]


def test_a_higher_family_does_not_nest_under_a_lower_one() -> None:
    text = "第七条 流程：\n所需材料\n1、身份证\n2、照片\n（二）申报\n1、领表\n"
    clauses = parse_clauses(text, body_start=len("第七条 流程："))
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (2,)]
    assert clauses[2].text == "2、照片\n（二）申报\n1、领表\n"


def test_a_look_alike_marker_continues_its_level() -> None:
    text = "制度\n一、考勤\n（一）甲\n（二）乙\n2、 请假管理\n（一）丙\n三、年休假\n（一）丁\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (1, 1), (1, 2), (2,), (2, 1), (3,), (3, 1)]
    assert clauses[4].marker == "2、" and clauses[4].family == "cn_dun"
    text = "办法\n1、 将标准作为规范。\n二、未规定的，严格执行。\n三、建立配套制度。\n"
    assert paths(parse_clauses(text, body_start=2)) == [(), (1,), (2,), (3,)]


def test_body_start_keeps_the_heading_out_of_the_numbering() -> None:
    text = "第七条\xa0 集体讨论制度\n\n(一)甲\n(二)乙\n"
    clauses = parse_clauses(text, body_start=text.index("制度") + 2)
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (2,)]
    assert clauses[0].text == "第七条\xa0 集体讨论制度\n\n"


def test_indented_markers_start_their_line_segment() -> None:
    text = "标题\n\u3000\u3000一、甲\n    （一）乙\n"
    clauses = parse_clauses(text, body_start=2)
    check(text, clauses)
    assert [c.text for c in clauses] == ["标题\n", "\u3000\u3000一、甲\n", "    （一）乙\n"]


# -- inline mode (seed 002: one long line)


def test_inline_markers_after_white_space_or_enclosed() -> None:
    text = (
        "1.党组会议议事规则 为推进从严治党,制定如下规则。 一、议事范围 ㈠学习传达。㈡讨论审议。 二、议事组织 "
        "㈠每月召开一次。 依照第三条执行。 1、甲; 2、乙。 三、议事程序 ⑴会前沟通 ⑵会议决定"
    )
    clauses = parse_clauses(text, body_start=len("1.党组会议议事规则"), mode="inline")
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (1, 1), (1, 2), (2,), (2, 1), (2, 1, 1), (2, 1, 2), (3,), (3, 1), (3, 2)]
    assert clauses[5].text == "㈠每月召开一次。 依照第三条执行。 "


def test_inline_markers_must_be_exact_and_keep_watermarks() -> None:
    text = "制度 1、甲。[公文思~#享公%^众&号] 2、乙 4、丙 3、丁 视情给予 1、谈话; 2、检查; 4、警告 二、戊"
    clauses = parse_clauses(text, body_start=2, mode="inline")
    check(text, clauses)
    assert paths(clauses) == [(), (1,), (2,), (3,)]
    assert clauses[1].text == "1、甲。[公文思~#享公%^众&号] "
    assert clauses[3].text.endswith("4、警告 二、戊")  # restarted list muted; 二、 opens no new level at 2


# -- the duty register (seed 004)


def test_split_units() -> None:
    assert split_units("公务员科\n人才交流中心") == ("公务员科", "人才交流中心")
    assert split_units("职业能力\n建设科") == ("职业能力建设科",)
    assert split_units("县劳动监察\n大队") == ("县劳动监察大队",)
    assert split_units("社保科、社保局") == ("社保科", "社保局")
    assert split_units("社保科\n社保科、财务科") == ("社保科", "财务科")
    assert split_units("  城居保 ") == ("城居保",)


def test_parse_register_fills_down_within_a_row_group() -> None:
    rows = [
        ["1", "职责甲", "事项一", "政策法规科", ""],
        ["", "", "事项二", "", ""],
        ["", "", "事项三", "社保局\n城居保", "依据"],
        ["1", "职责甲（续）", "事项四", "", ""],
        ["", "", "", "", ""],
    ]
    section = "\n".join("\n".join("\t" + cell for cell in row) + "\n" for row in rows)
    clauses, items = parse_register(section)
    assert "".join(c.text for c in clauses) == section
    assert [(i.duty_no, i.item_no, i.text, i.sections, i.remark) for i in items] == [
        (1, 1, "事项一", ("政策法规科",), ""),
        (1, 2, "事项二", ("政策法规科",), ""),
        (1, 3, "事项三", ("社保局", "城居保"), "依据"),
        (1, 4, "事项四", (), ""),  # a new row-group: nothing is carried over
    ]
    assert paths(clauses) == [(), (1,), (2,), (3,), (4,)]
    assert clauses[0].text == "\t1\n\t职责甲\n"


def test_parse_register_refuses_a_broken_table() -> None:
    with pytest.raises(ValueError):
        parse_register("\t1\n\t职责\n\t事项\n")
