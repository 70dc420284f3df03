"""Duty lists (CHECKLIST 制度): who must do what, how often, and when it is next due.

Each agency's duties live in ``agencies/<slug>/duties.yaml``, each anchored to the clause it comes from
with a verbatim quote (checked like a rule's citation). A later workflow reminds people about them;
here they are data plus the date arithmetic.

    - id: building.fire_check                # unique within the agency
      system: 6                              # the 制度 number (the citation's second part)
      title_zh: 每月检查消防设施
      title_en: Check the fire equipment every month
      who: [office]                          # role ids (core/roles.py) or section names from the text
      frequency: monthly                     # see FREQUENCIES
      by: {day: 25}                          # optional: the day (and month, for yearly) it is due by
      cite: tongyu-hrss:6:3
      quote: 每月检查一次
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import BadInput

# frequency → months per period (None: no calendar due date; reminded on an event or always in force)
FREQUENCIES: dict[str, int | None] = {
    "monthly": 1,
    "quarterly": 3,
    "half_yearly": 6,
    "yearly": 12,
    "daily": None,
    "weekly": None,
    "on_event": None,
    "continuous": None,
}
FREQUENCY_ZH = {
    "daily": "每日",
    "weekly": "每周",
    "monthly": "每月",
    "quarterly": "每季度",
    "half_yearly": "每半年",
    "yearly": "每年",
    "on_event": "事项发生时",
    "continuous": "经常性",
}


@dataclass(frozen=True)
class Duty:
    agency: str
    id: str
    system: int
    title_zh: str
    title_en: str
    who: tuple[str, ...]
    frequency: str
    cite: str
    quote: str
    by_month: int | None = None
    by_day: int | None = None

    def period_of(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """The first and last day of the period (month, quarter, half-year, year) containing ``day``."""
        months = FREQUENCIES[self.frequency]
        if months is None:
            raise ValueError(f"{self.id}: {self.frequency} duties have no periods")
        first_month = (day.month - 1) // months * months + 1
        last_month = first_month + months - 1
        return (
            dt.date(day.year, first_month, 1),
            dt.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1]),
        )

    def due_in(self, first: dt.date, last: dt.date) -> dt.date:
        """The due date inside the period [first, last]: its ``by`` day, else the period's last day."""
        if self.by_month is not None:  # yearly duties due by a month and day
            year = first.year
            return dt.date(year, self.by_month, min(self.by_day or 31, calendar.monthrange(year, self.by_month)[1]))
        if self.by_day is not None:  # due by a day of the period's last month
            return dt.date(last.year, last.month, min(self.by_day, calendar.monthrange(last.year, last.month)[1]))
        return last

    def next_due(self, today: dt.date, last_done: dt.date | None = None) -> dt.date | None:
        """When the duty is next due: this period's due date unless it was already done in this period,
        then the next period's. None for duties without calendar periods (daily, weekly, on an event,
        continuous)."""
        if FREQUENCIES[self.frequency] is None:
            if self.frequency == "daily":
                return today if last_done != today else today + dt.timedelta(days=1)
            if self.frequency == "weekly":
                monday = today - dt.timedelta(days=today.weekday())
                if last_done is not None and last_done >= monday:
                    monday += dt.timedelta(days=7)
                return monday + dt.timedelta(days=4)  # by Friday of the week
            return None
        first, last = self.period_of(today)
        if last_done is not None and first <= last_done <= last:
            first, last = self.period_of(last + dt.timedelta(days=1))
        return self.due_in(first, last)

    def overdue(self, today: dt.date, last_done: dt.date | None) -> bool:
        """Not done in a period whose due date has passed."""
        if FREQUENCIES[self.frequency] is None:
            return False
        first, last = self.period_of(today)
        due = self.due_in(first, last)
        done_this_period = last_done is not None and first <= last_done <= last
        return today > due and not done_this_period

    def as_dict(self, today: dt.date | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "system": f"{self.agency}:{self.system}",
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "who": list(self.who),
            "frequency": self.frequency,
            "frequency_zh": FREQUENCY_ZH[self.frequency],
            "cite": self.cite,
            "quote": self.quote,
        }
        if today is not None:
            due = self.next_due(today)
            out["next_due"] = due.isoformat() if due else None
        return out


_REQUIRED = ("id", "system", "title_zh", "title_en", "who", "frequency", "cite", "quote")


def _fail(where: str, zh: str, en: str) -> BadInput:
    return BadInput(f"{where}：{zh}", f"{where}: {en}", "duties")


def load_file(path: Path) -> list[Duty]:
    """The duties of one agency (``<slug>/duties.yaml``); malformed entries are refused by name."""
    agency = path.parent.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise BadInput(f"无法读取职责清单 {path}：{exc}", f"cannot read duty list {path}: {exc}", "duties") from exc
    if not isinstance(data, list):
        raise _fail(str(path), "应为列表", "must be a YAML list")
    duties: list[Duty] = []
    seen: set[str] = set()
    for i, item in enumerate(data, 1):
        where = f"{agency}/duties.yaml#{i}"
        if not isinstance(item, dict):
            raise _fail(where, "每项应为映射", "each entry must be a mapping")
        missing = [
            k for k in ("id", "system", "title_zh", "title_en", "who", "frequency", "cite", "quote") if k not in item
        ]
        if missing:
            raise _fail(where, f"缺少 {', '.join(missing)}", f"missing {', '.join(missing)}")
        if item["id"] in seen:
            raise _fail(where, f"职责编号 {item['id']} 重复", f"duty id {item['id']} is repeated")
        seen.add(item["id"])
        if item["frequency"] not in FREQUENCIES:
            raise _fail(where, f"未知频次 {item['frequency']!r}", f"unknown frequency {item['frequency']!r}")
        if not str(item["cite"]).startswith(f"{agency}:{item['system']}"):
            raise _fail(
                where,
                f"引用 {item['cite']} 不属于制度 {item['system']}",
                f"cite {item['cite']} is outside 制度 {item['system']}",
            )
        by = item.get("by") or {}
        who = item["who"]
        if not isinstance(who, list) or not who:
            raise _fail(where, "who 应为非空列表", "who must be a non-empty list")
        duty = Duty(
            agency=agency,
            id=str(item["id"]),
            system=int(item["system"]),
            title_zh=str(item["title_zh"]),
            title_en=str(item["title_en"]),
            who=tuple(str(w) for w in who),
            frequency=str(item["frequency"]),
            cite=str(item["cite"]),
            quote=str(item["quote"]),
            by_month=by.get("month"),
            by_day=by.get("day"),
        )
        try:
            duty.next_due(dt.date(2026, 1, 1))
        except ValueError as exc:
            raise _fail(where, f"截止日期无效：{exc}", f"invalid due date: {exc}") from exc
        duties.append(duty)
    return duties


def load_all(agencies_dir: Path) -> list[Duty]:
    return [d for path in sorted(agencies_dir.glob("*/duties.yaml")) for d in load_file(path)]


def anchor(duties: Iterable[Duty], resolve: Callable[[str], tuple[str, str] | None]) -> list[str]:
    """Problems with the duties' citations (missing clause, quote not in it); empty when all hold."""
    problems = []
    for d in duties:
        found = resolve(d.cite)
        if found is None:
            problems.append(f"{d.agency}/{d.id}: cited clause {d.cite} does not exist")
        elif "".join(d.quote.split()) not in "".join(found[1].split()):
            problems.append(f"{d.agency}/{d.id}: {d.cite} {found[0]} does not contain {d.quote!r}")
    return problems
