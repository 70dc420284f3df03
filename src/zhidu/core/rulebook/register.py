"""Seed 004's 部门职责登记表: a table flattened to text, one cell per tab-led line.

Each row has five cells: 序号, “三定”方案主要职责, 具体工作事项, 责任处室, 备注. A cell may run on over
lines that do not start with a tab (a unit name broken over two lines). Rows of one duty leave 序号
and the duty cell empty (merged cells); a blank 责任处室 is read as the unit of the row above within
the same row-group (merged cells again); a numbered row starts a new row-group, and a unit is never
carried across row-groups.

Interpretation choices (each checked against ``duties-004.tsv`` by the tests):

- Several units in one 责任处室 cell are separated by 、 or by a line break. A line break *inside* a
  unit name (职业能力 / 建设科, 县劳动监察 / 大队) is a layout wrap: a fragment that does not end like a
  unit name (科, 局, 中心, 大队, 保 …) is joined to the next line.
- A unit named twice in one cell (社保科 … 社保科) is kept once.
- Unit names stay as written (the seed spells 公务录用与调配科 once; the register keeps that spelling).
- A row whose five cells are all blank (the table's trailing empty row) is no work item; its text
  stays in the segment of the row before it, so the segments still join back to the section.
"""

from __future__ import annotations

from .model import Clause, WorkItem

_BLANK = " \t\u3000\xa0"
_UNIT_ENDINGS = ("科", "局", "中心", "队", "保", "室", "办", "站", "所", "院", "部", "组", "委")


def _cells(section: str) -> list[tuple[int, str]]:
    """(offset of the cell's line, cell text) for every cell in the section."""
    cells: list[tuple[int, str]] = []
    pos = 0
    for line in section.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.startswith("\t"):
            cells.append((pos, body[1:]))
        elif body.strip(_BLANK) and cells:
            off, prev = cells[-1]
            cells[-1] = (off, prev + "\n" + body)
        pos += len(line)
    return cells


def _clean(cell: str) -> str:
    return "\n".join(p.strip(_BLANK) for p in cell.split("\n") if p.strip(_BLANK))


def split_units(cell: str) -> tuple[str, ...]:
    """The units named in one 责任处室 cell, in source order (see the module notes)."""
    units: list[str] = []
    carry = ""
    for line in _clean(cell).split("\n"):
        if not line:
            continue
        parts = [p for p in line.split("、") if p]
        if carry and parts:
            parts[0] = carry + parts[0]
            carry = ""
        if parts and not parts[-1].endswith(_UNIT_ENDINGS):
            carry = parts.pop()
        units.extend(parts)
    if carry:
        units.append(carry)
    return tuple(dict.fromkeys(units))


def parse_register(section: str, head_end: int = 0) -> tuple[list[Clause], list[WorkItem]]:
    """Clauses (root = duty; one ``row`` clause per work item) and the work items of one duty block."""
    cells = _cells(section)
    if len(cells) % 5:
        raise ValueError(f"duty register block has {len(cells)} cells, not a multiple of 5")
    rows = [cells[i : i + 5] for i in range(0, len(cells), 5)]
    duty_no = 0
    items: list[WorkItem] = []
    starts: list[int] = []
    last_units: tuple[str, ...] = ()
    for row in rows:
        no, _duty, item, unit, remark = (_clean(c) for _, c in row)
        if not (no or _duty or item or unit or remark):
            continue  # an empty row: no work item (its text joins the previous segment)
        if no:
            duty_no = int(no)
            last_units = ()
        units = split_units(unit) if unit else last_units
        last_units = units
        items.append(WorkItem(duty_no, len(items) + 1, item.replace("\n", ""), units, remark))
        starts.append(row[2][0] if not starts else row[0][0])
    clauses = [Clause(0, (), "root", "", section[: starts[0]] if starts else section)]
    bounds = [*starts, len(section)]
    for i in range(len(starts)):
        seg = section[bounds[i] : bounds[i + 1]]
        clauses.append(Clause(i + 1, (i + 1,), "row", "", seg, ("row",)))
    return clauses, items
