"""Duty lists of the CHECKLIST 制度: anchored to their clauses, every CHECKLIST 制度 listed, due dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from zhidu.core.duties import Duty, load_all, load_file
from zhidu.core.duties import anchor as anchor_duties
from zhidu.core.errors import BadInput
from zhidu.core.rulebook.importer import agencies_dir, load_shipped
from zhidu.core.rules.engine import rulebook_resolver

D = dt.date
ENTRY = "- {{id: a, system: 1, title_zh: t, title_en: t, who: {who}, frequency: {frequency}, cite: '{cite}', quote: q}}"


def duty(frequency: str, by_month: int | None = None, by_day: int | None = None) -> Duty:
    return Duty("x", "d", 1, "职责", "duty", ("office",), frequency, "x:1:1", "q", by_month, by_day)


def test_shipped_duties_cite_their_clauses_and_cover_every_checklist_system() -> None:
    books = load_shipped()
    duties = load_all(agencies_dir())
    assert anchor_duties(duties, rulebook_resolver(books)) == []
    listed = {(d.agency, d.system) for d in duties}
    missing = [
        f"{b.slug}:{s.number} {','.join(s.catalog_ids)} {s.title}"
        for b in books
        for s in b.systems
        if s.kind == "CHECKLIST" and (b.slug, s.number) not in listed
    ]
    assert not missing, "CHECKLIST 制度 without a duty list:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("frequency", "by_month", "by_day", "today", "last_done", "due"),
    [
        ("monthly", None, None, D(2026, 2, 10), None, D(2026, 2, 28)),
        ("monthly", None, None, D(2026, 2, 10), D(2026, 2, 3), D(2026, 3, 31)),
        ("monthly", None, 25, D(2026, 2, 10), D(2026, 1, 20), D(2026, 2, 25)),
        ("quarterly", None, None, D(2026, 5, 1), None, D(2026, 6, 30)),
        ("quarterly", None, None, D(2026, 12, 1), D(2026, 10, 9), D(2027, 3, 31)),
        ("half_yearly", None, None, D(2026, 7, 1), None, D(2026, 12, 31)),
        ("yearly", 1, 31, D(2026, 1, 5), None, D(2026, 1, 31)),
        ("yearly", 1, 31, D(2026, 3, 5), D(2026, 1, 20), D(2027, 1, 31)),
        ("yearly", None, None, D(2026, 3, 5), None, D(2026, 12, 31)),
        ("weekly", None, None, D(2026, 11, 18), None, D(2026, 11, 20)),
        ("weekly", None, None, D(2026, 11, 18), D(2026, 11, 16), D(2026, 11, 27)),
        ("daily", None, None, D(2026, 11, 18), D(2026, 11, 18), D(2026, 11, 19)),
        ("on_event", None, None, D(2026, 11, 18), None, None),
        ("continuous", None, None, D(2026, 11, 18), None, None),
    ],
)
def test_next_due(
    frequency: str,
    by_month: int | None,
    by_day: int | None,
    today: dt.date,
    last_done: dt.date | None,
    due: dt.date | None,
) -> None:
    assert duty(frequency, by_month, by_day).next_due(today, last_done) == due


def test_overdue_only_after_the_due_day_and_not_when_done() -> None:
    d = duty("monthly", by_day=25)
    assert not d.overdue(D(2026, 2, 25), None)
    assert d.overdue(D(2026, 2, 26), None)
    assert not d.overdue(D(2026, 2, 26), D(2026, 2, 2))
    assert not duty("on_event").overdue(D(2026, 2, 26), None)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("- {id: a}", "缺少"),
        ("{a: 1}", "列表"),
        (
            "- {id: a, system: 1, title_zh: t, title_en: t, who: [x], frequency: hourly, cite: 'x:1:1', quote: q}",
            "频次",
        ),
        (
            "- {id: a, system: 1, title_zh: t, title_en: t, who: [x], frequency: daily, cite: 'x:2:1', quote: q}",
            "不属于",
        ),
        ("- {id: a, system: 1, title_zh: t, title_en: t, who: [], frequency: daily, cite: 'x:1:1', quote: q}", "who"),
        (": : :", "无法读取"),
    ],
)
def test_malformed_duty_files_are_refused_in_both_languages(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "x" / "duties.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_file(path)
    assert needle in err.value.message_zh and err.value.message_en
