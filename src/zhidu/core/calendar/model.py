"""Plain data of the calendar: units, periods, trace steps, and the results of a computation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from zhidu.core.errors import BadInput
from zhidu.core.rulebook.numerals import CN_NUMERAL_CHARS, cn_to_int


class Unit(StrEnum):
    """How a text measures its period: 工作日, 日 (calendar days) or 月."""

    WORKING_DAYS = "working_days"
    DAYS = "days"
    MONTHS = "months"

    @property
    def zh(self) -> str:
        return {"working_days": "个工作日", "days": "日", "months": "个月"}[self.value]

    def en(self, amount: int) -> str:
        word = {"working_days": "working day", "days": "day", "months": "month"}[self.value]
        return f"{amount} {word}{'' if amount == 1 else 's'}"


@dataclass(frozen=True)
class Step:
    """One line of a computation's trace, in Chinese and English."""

    zh: str
    en: str

    def __str__(self) -> str:
        return f"{self.zh} / {self.en}"


_PERIOD_TEXT = re.compile(
    rf"^\s*(?P<n>\d+|[{CN_NUMERAL_CHARS}]+)\s*"
    r"(?P<unit>个工作日|工作日|个自然日|自然日|日|天|个月|月)\s*(?:以内|之内|内)?\s*$"
)
_UNIT_WORDS = {
    "个工作日": Unit.WORKING_DAYS,
    "工作日": Unit.WORKING_DAYS,
    "个自然日": Unit.DAYS,
    "自然日": Unit.DAYS,
    "日": Unit.DAYS,
    "天": Unit.DAYS,
    "个月": Unit.MONTHS,
    "月": Unit.MONTHS,
}


MAX_AMOUNT = 36_500  # a hundred years of days; anything longer is a typing error, not a period


def check_amount(amount: object, field: str = "amount") -> int:
    """An amount of days or months: a non-negative int (bool is refused), at most ``MAX_AMOUNT``."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise BadInput("期间数应为整数", f"the amount must be an integer, got {amount!r}", field)
    if amount < 0:
        raise BadInput("期间数不能为负数", f"the amount must not be negative, got {amount}", field)
    if amount > MAX_AMOUNT:
        raise BadInput(f"期间数过大（上限 {MAX_AMOUNT}）", f"the amount is too large (at most {MAX_AMOUNT})", field)
    return amount


def check_date(value: object, field: str) -> dt.date:
    """A calendar date; datetimes and strings are refused so that no time of day sneaks in."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise BadInput("应为日期（年月日）", f"{field} must be a date, got {value!r}", field)
    return value


@dataclass(frozen=True)
class Period:
    """A period as a text states it: ``amount`` of ``unit``, and how the text counts it.

    ``start_counts``: does the day of the triggering event (receipt, application, decision) count as the
    first day? PRC default is no (民法典第二百零一条：开始的当日不计入，自下一日开始计算).
    ``roll_to_next_working_day``: if the last day is a rest day, does the period end on the next working
    day? PRC default is yes (民法典第二百零三条). Working-day periods always end on a working day.
    """

    amount: int
    unit: Unit
    start_counts: bool = False
    roll_to_next_working_day: bool = True

    def __post_init__(self) -> None:
        check_amount(self.amount)
        if not isinstance(self.unit, Unit):
            try:
                object.__setattr__(self, "unit", Unit(self.unit))
            except ValueError:
                raise BadInput(
                    "期间单位应为工作日、日或月",
                    f"unit must be one of working_days, days, months, got {self.unit!r}",
                    "unit",
                ) from None

    @classmethod
    def parse(cls, text: str, *, start_counts: bool = False, roll_to_next_working_day: bool = True) -> Period:
        """Read a period as texts write it: ``15个工作日``, ``三十日``, ``60日内``, ``两个月``, ``7天``."""
        m = _PERIOD_TEXT.match(text) if isinstance(text, str) else None
        if m is None:
            raise BadInput(
                f"无法识别的期间：{text!r}（应如“15个工作日”“三十日”“两个月”）",
                f"unrecognised period {text!r} (expected e.g. 15个工作日, 三十日, 两个月)",
                "period",
            )
        return cls(cn_to_int(m["n"]), _UNIT_WORDS[m["unit"]], start_counts, roll_to_next_working_day)

    @property
    def zh(self) -> str:
        return f"{self.amount}{self.unit.zh}"

    @property
    def en(self) -> str:
        return self.unit.en(self.amount)


@dataclass(frozen=True)
class YearStatus:
    """Whether a year's calendar is official and where it comes from."""

    year: int
    status: str  # "official" | "provisional"
    source: str

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"


@dataclass(frozen=True)
class Deadline:
    """A computed last day, whether it rests on a provisional calendar, and how it was counted."""

    date: dt.date
    provisional: bool
    trace: tuple[Step, ...]
    years: tuple[YearStatus, ...] = ()  # the calendar years consulted, with their status and source

    def as_dict(self) -> dict[str, object]:
        return {
            "date": self.date.isoformat(),
            "provisional": self.provisional,
            "status": "provisional" if self.provisional else "official",
            "trace": [{"zh": s.zh, "en": s.en} for s in self.trace],
            "years": [{"year": y.year, "status": y.status, "source": y.source} for y in self.years],
        }


@dataclass(frozen=True)
class Count:
    """A number of working days between two dates, with the same provenance as a ``Deadline``."""

    days: int
    provisional: bool
    trace: tuple[Step, ...]
    years: tuple[YearStatus, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "days": self.days,
            "provisional": self.provisional,
            "status": "provisional" if self.provisional else "official",
            "trace": [{"zh": s.zh, "en": s.en} for s in self.trace],
            "years": [{"year": y.year, "status": y.status, "source": y.source} for y in self.years],
        }
