"""Shared pieces of the money kinds (spending, receptions, travel): bilingual form fields, itemised
expense lines that must add up to the total, reading stored form data back (dates and Decimal amounts
as the JSON keeps them), and what a kind may look up in the applicant's earlier applications — the
pre-approval a claim settles and the advances still outstanding.

Nothing here decides a rule: thresholds, approvers and periods are the checks' (``zhidu.core.rules``);
these helpers only turn what the applicant typed into facts.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from zhidu.core.errors import BadInput

from .base import Context, Kind, money

# An amount above this on a county or prefecture bureau's form is a typing error, not a plan: the
# collective-decision thresholds of the five texts run from 5,000 to 20,000 yuan, and one hundred million
# yuan leaves any real budget line of these agencies room.
MAX_AMOUNT = Decimal("100000000.00")
MAX_LINES = 50
MAX_COUNT = 1000  # people on one form: the checks' own schema bound for guests and diners
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


def label(zh: str, en: str) -> str:
    return f"{zh} / {en}"


def bilingual(zh: str, en: str) -> str:
    """A refusal in both languages, in the form's "中文 / English" style."""
    return f"{zh} / {en}"


# ------------------------------------------------------------------------------------------ form fields


class MoneyField(forms.DecimalField):
    """An amount in yuan, cleaned to the fen (``Decimal("980.00")``), so that what is stored reads "980.00"."""

    def clean(self, value: Any) -> Decimal | None:
        amount = super().clean(value)
        return None if amount is None else Decimal(amount).quantize(Decimal("0.01"))


def money_field(zh: str, en: str, *, required: bool = True, help_text: str = "") -> MoneyField:
    """An amount in yuan, to the fen, never negative, never absurd; every refusal names the field."""
    cap = f"{MAX_AMOUNT:,.0f}"
    return MoneyField(
        label=label(zh, en),
        required=required,
        min_value=Decimal("0"),
        max_value=MAX_AMOUNT,
        max_digits=14,
        decimal_places=2,
        help_text=help_text,
        error_messages={
            "required": bilingual(f"请填写{zh}", f"{en} is required"),
            "invalid": bilingual(f"{zh}应为金额（元），如 1200.50", f"{en} must be an amount in yuan, e.g. 1200.50"),
            "min_value": bilingual(f"{zh}不能为负数", f"{en} cannot be negative"),
            "max_value": bilingual(
                f"{zh}超过 {cap} 元，不合常理，请核对", f"{en} above {cap} yuan is not plausible: check it"
            ),
            "max_digits": bilingual(f"{zh}位数过多，请核对", f"{en} has too many digits: check it"),
            "max_whole_digits": bilingual(f"{zh}位数过多，请核对", f"{en} has too many digits: check it"),
            "max_decimal_places": bilingual(f"{zh}最多精确到分（两位小数）", f"{en}: at most two decimals (fen)"),
        },
    )


def count_field(
    zh: str, en: str, *, minimum: int = 0, maximum: int = MAX_COUNT, required: bool = True, initial: int | None = None
) -> forms.IntegerField:
    return forms.IntegerField(
        label=label(zh, en),
        required=required,
        min_value=minimum,
        max_value=maximum,
        initial=initial,
        error_messages={
            "required": bilingual(f"请填写{zh}", f"{en} is required"),
            "invalid": bilingual(f"{zh}应为整数", f"{en} must be a whole number"),
            "min_value": bilingual(f"{zh}不能少于 {minimum}", f"{en} cannot be less than {minimum}"),
            "max_value": bilingual(f"{zh}不能多于 {maximum}，请核对", f"{en} cannot exceed {maximum}: check it"),
        },
    )


def _date_in_range(zh: str, en: str) -> Any:
    def check(value: dt.date) -> None:
        if not EARLIEST <= value <= LATEST:
            raise ValidationError(
                bilingual(
                    f"{zh}应在 {EARLIEST.year} 至 {LATEST.year} 年之间",
                    f"{en} must fall between {EARLIEST.year} and {LATEST.year}",
                ),
                code="out_of_range",
            )

    return check


class DayField(forms.DateField):
    """A date; a value of another type from JSON (a number, a list) is read as its text, so it is refused as
    "not a date" rather than failing inside Django's parser (which expects text)."""

    def to_python(self, value: Any) -> dt.date | None:
        if value is not None and not isinstance(value, (str, dt.date)):
            value = str(value)
        return super().to_python(value)


def date_field(zh: str, en: str, *, required: bool = True) -> DayField:
    return DayField(
        label=label(zh, en),
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[_date_in_range(zh, en)],
        error_messages={
            "required": bilingual(f"请填写{zh}", f"{en} is required"),
            "invalid": bilingual(f"{zh}应为日期，如 2026-03-02", f"{en} must be a date such as 2026-03-02"),
        },
    )


def text_field(
    zh: str, en: str, *, required: bool = True, max_length: int = 200, long: bool = False
) -> forms.CharField:
    return forms.CharField(
        label=label(zh, en),
        required=required,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": 3}) if long else forms.TextInput,
        error_messages={
            "required": bilingual(f"请填写{zh}", f"{en} is required"),
            "max_length": bilingual(
                f"{zh}不能超过 {max_length} 个字", f"{en} cannot be longer than {max_length} characters"
            ),
            "null_characters_not_allowed": bilingual(f"{zh}含有空字符", f"{en} contains a NUL character"),
        },
    )


def choice_field(
    zh: str, en: str, choices: Sequence[tuple[str, str]], *, required: bool = True, initial: str | None = None
) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label(zh, en),
        required=required,
        choices=list(choices) if required else [("", "—"), *choices],
        initial=initial,
        error_messages={
            "required": bilingual(f"请选择{zh}", f"choose the {en.lower()}"),
            "invalid_choice": bilingual(f"{zh}没有“%(value)s”这一项", f"{en}: %(value)s is not one of the choices"),
        },
    )


def multi_field(zh: str, en: str, choices: Sequence[tuple[str, str]]) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label(zh, en),
        required=False,
        choices=list(choices),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": bilingual(f"{zh}没有“%(value)s”这一项", f"{en}: %(value)s is not one of the choices"),
            "invalid_list": bilingual(f"{zh}应为选项列表", f"{en} must be a list of choices"),
        },
    )


def flag_field(zh: str, en: str) -> forms.BooleanField:
    return forms.BooleanField(label=label(zh, en), required=False)


# ------------------------------------------------------------------------------------------ the kinds' base


def applies(check_id: str, agency: str) -> bool:
    """Whether the rule engine has ``check_id`` for ``agency`` (a kind spans agencies whose texts differ)."""
    from zhidu.core.rules.engine import default_engine

    return agency in default_engine().registry.agencies_of(check_id)


class MoneyKind(Kind):
    """A kind whose checks do not all apply in every agency it serves: ``facts`` asks ``map`` only for the
    checks the agency has; the sheet writes itemised lines and amounts out."""

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        if not applies(check_id, ctx.agency):
            return None
        return self.map(check_id, data, ctx)

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        raise NotImplementedError

    def sheet(self, data: Mapping[str, Any]) -> Sequence[tuple[str, str]]:
        return lines_sheet(self, data)


# ------------------------------------------------------------------------------------------ expense lines

_LINE = re.compile(r"^(?P<item>.*?)[\s,，:：=]+(?P<amount>[-+]?[¥￥]?[\d,，]*\.?\d+)\s*(?:元)?$")


class LinesField(forms.Field):
    """Itemised costs (支出明细): one line per item, "事项 金额" (``住宿费 360.00``); from the API also a list
    of such lines, of ``[item, amount]`` pairs or of ``{"item": ..., "amount": ...}``. Cleaned to the same
    text with each amount written to the fen (``住宿费 360.00``), so what is stored is what the form shows
    and reads back unchanged; ``lines(value)`` gives the items and their Decimal amounts. Refuses a line
    without an item or an amount, a negative, zero or absurd amount, more than fifty lines; each message
    names the field and the line."""

    widget = forms.Textarea(attrs={"rows": 4, "placeholder": "住宿费 360.00\n城市间交通费 210.50"})

    def __init__(self, zh: str, en: str, *, required: bool = True) -> None:
        self.zh, self.en = zh, en
        super().__init__(
            label=label(zh, en),
            required=required,
            help_text=bilingual("每行一项：事项 金额（元）", "one item a line: item, amount in yuan"),
            error_messages={"required": bilingual(f"请填写{zh}", f"{en} is required")},
        )

    def to_python(self, value: Any) -> str:
        if value in self.empty_values:
            return ""
        if "\x00" in str(value):
            raise ValidationError(
                bilingual(f"{self.zh}含有空字符", f"{self.en} contains a NUL character"), code="null_characters"
            )
        rows = parse_lines(value, self.zh, self.en)
        return "\n".join(f"{item} {money(amount)}" for item, amount in rows)


def _refuse_line(zh_field: str, en_field: str, n: int, zh: str, en: str) -> ValidationError:
    return ValidationError(bilingual(f"{zh_field}第 {n} 行：{zh}", f"{en_field}, line {n}: {en}"), code="line")


def _line_amount(raw: Any, n: int, zh_field: str, en_field: str) -> Decimal:
    if isinstance(raw, bool) or raw is None or str(raw).strip() == "":
        raise _refuse_line(zh_field, en_field, n, "缺少金额", "the amount is missing")
    text = str(raw).strip().replace(",", "").replace("，", "").lstrip("¥￥").removesuffix("元").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise _refuse_line(zh_field, en_field, n, f"金额“{raw}”无效", f"the amount {raw!r} is not a number") from None
    if not amount.is_finite():
        raise _refuse_line(zh_field, en_field, n, f"金额“{raw}”无效", f"the amount {raw!r} is not a number")
    if amount <= 0:
        raise _refuse_line(zh_field, en_field, n, "金额应大于零", "the amount must be more than zero")
    if amount > MAX_AMOUNT:
        raise _refuse_line(zh_field, en_field, n, "金额过大，不合常理，请核对", "the amount is not plausible: check it")
    if amount != amount.quantize(Decimal("0.01")):
        raise _refuse_line(zh_field, en_field, n, "金额最多精确到分（两位小数）", "at most two decimals (fen)")
    return amount.quantize(Decimal("0.01"))


def _line_item(raw: Any, n: int, zh_field: str, en_field: str) -> str:
    item = " ".join(str(raw if raw is not None else "").split())
    if not item:
        raise _refuse_line(zh_field, en_field, n, "缺少事项名称", "the item is missing")
    if len(item) > 100:
        raise _refuse_line(zh_field, en_field, n, "事项名称不能超过 100 个字", "the item is longer than 100 characters")
    return item


def _split_line(line: str, n: int, zh_field: str, en_field: str) -> tuple[Any, Any]:
    if line.startswith("{") and len(line) <= 500:  # a {"item": ..., "amount": ...} that reached the form as text
        try:
            row = ast.literal_eval(line)
        except Exception:  # anything that is not a plain literal is just not such a row
            row = None
        if isinstance(row, Mapping):
            return row.get("item"), row.get("amount")
    m = _LINE.match(line)
    if m is None:
        raise _refuse_line(zh_field, en_field, n, f"“{line[:40]}”应写作“事项 金额”", "write it as: item amount")
    return m["item"], m["amount"]


def parse_lines(value: Any, zh_field: str = "明细", en_field: str = "Itemised costs") -> list[tuple[str, Decimal]]:
    """The items and amounts of itemised lines, as typed, as stored, or as the API sends them (see
    ``LinesField``); a ``ValidationError`` naming the field and the line for anything else."""
    raw: list[tuple[Any, Any]] = []
    if value in (None, "", [], ()):
        return []
    if isinstance(value, str):
        entries: list[Any] = [line.strip() for line in value.splitlines()]
    elif isinstance(value, (list, tuple)):
        entries = list(value)
    else:
        raise ValidationError(
            bilingual(f"{zh_field}应为每行一项的明细", f"{en_field} must be one item a line"), code="invalid"
        )
    for entry in entries:
        n = len(raw) + 1
        if isinstance(entry, str):
            if not entry.strip():
                continue
            raw.append(_split_line(entry.strip(), n, zh_field, en_field))
        elif isinstance(entry, Mapping):
            raw.append((entry.get("item"), entry.get("amount")))
        elif isinstance(entry, (list, tuple)) and len(entry) == 2:
            raw.append((entry[0], entry[1]))
        else:
            raise _refuse_line(zh_field, en_field, n, "应为“事项 金额”", "expected an item and an amount")
        if len(raw) > MAX_LINES:
            raise ValidationError(
                bilingual(f"{zh_field}不能超过 {MAX_LINES} 行", f"{en_field}: at most {MAX_LINES} lines"), code="lines"
            )
    return [
        (_line_item(item, n, zh_field, en_field), _line_amount(amount, n, zh_field, en_field))
        for n, (item, amount) in enumerate(raw, 1)
    ]


def lines_total(value: Any) -> Decimal:
    return sum((amount for _, amount in parse_lines(value)), Decimal("0.00"))


def check_total(form: forms.Form, lines_name: str, total_name: str) -> None:
    """The form's ``clean``: the itemised lines must add up to the total, to the fen."""
    data = form.cleaned_data
    lines, total = data.get(lines_name), data.get(total_name)
    if not lines or total is None or lines_name in form.errors:
        return
    added = lines_total(lines)
    if added != total:
        zh_total = str(form.fields[total_name].label).split(" / ")[0]
        en_total = str(form.fields[total_name].label).split(" / ")[-1]
        form.add_error(
            total_name,
            bilingual(
                f"{zh_total} {total:,.2f} 元与明细合计 {added:,.2f} 元不符",
                f"{en_total} {total:.2f} yuan does not equal the lines' sum of {added:.2f} yuan",
            ),
        )


def check_order(form: forms.Form, first: str, then: str, *, max_days: int | None = None) -> None:
    """The form's ``clean``: ``then`` is not before ``first`` (and at most ``max_days`` after it)."""
    data = form.cleaned_data
    a, b = data.get(first), data.get(then)
    if a is None or b is None:
        return
    za, ea = str(form.fields[first].label).split(" / ")
    zb, eb = str(form.fields[then].label).split(" / ")
    if b < a:
        form.add_error(then, bilingual(f"{zb}不能早于{za}", f"{eb} cannot be before the {ea.lower()}"))
    elif max_days is not None and (b - a).days > max_days:
        form.add_error(
            then,
            bilingual(
                f"{zb}距{za}超过 {max_days} 天，不合常理，请核对",
                f"{eb} is more than {max_days} days after the {ea.lower()}: check it",
            ),
        )


def lines_sheet(kind: Kind, data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The default sheet, with the itemised lines written out one per row and amounts to the fen."""
    rows: list[tuple[str, str]] = []
    for name, f in kind.form().fields.items():  # an unbound form: its fields in the form's own order
        value = data.get(name)
        if value in (None, "", [], False):
            continue
        zh = str(f.label or name).split(" / ")[0]
        if isinstance(f, LinesField):
            for n, (item, amount) in enumerate(parse_lines(value), 1):
                rows.append((f"{zh}（{n}）", f"{item}  {amount:,.2f} 元"))
            continue
        if isinstance(f, forms.MultipleChoiceField):
            names = dict(f.choices)
            value = "、".join(str(names.get(v, v)).split(" / ")[0] for v in value)
        elif isinstance(f, forms.ChoiceField):
            value = str(dict(f.choices).get(value, value)).split(" / ")[0]
        elif isinstance(f, forms.DecimalField):
            value = f"{Decimal(str(value)):,.2f} 元"
        rows.append((zh, "是" if value is True else str(value)))
    return rows


# ------------------------------------------------------------------------------------------ reading data back


def dec(value: Any) -> Decimal | None:
    """A stored amount (Decimal, or its string as the JSON keeps it) as Decimal; None if empty."""
    if value in (None, ""):
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def day(value: Any) -> dt.date | None:
    """A stored date (date, or its ISO string) as a date; None if empty."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def iso(value: Any) -> str | None:
    d = day(value)
    return d.isoformat() if d else None


def put(facts: dict[str, Any], key: str, value: Any) -> None:
    """Set a fact only when the form has it (the checks treat an absent fact as "not said")."""
    if value not in (None, "", []):
        facts[key] = value


def not_after_filing(value: Any, ctx: Context, field: str, zh: str, en: str) -> dt.date | None:
    """A date that cannot lie after the day the form is filed (an invoice date, a return date on a claim)."""
    d = day(value)
    if d is not None and d > ctx.on:
        raise BadInput(
            f"{zh}（{d.isoformat()}）不能晚于填报日 {ctx.on.isoformat()}",
            f"{en} ({d.isoformat()}) cannot be after the filing day {ctx.on.isoformat()}",
            field,
        )
    return d


# ------------------------------------------------------------------------------------------ earlier applications


def prior(ctx: Context, kinds: Iterable[str]) -> Any:
    """The approved pre-approval (事前申请) this claim settles, as the approvals service links it
    (``ctx.extra["related"]``: the applicant's own approved application of one of the kind's
    ``related_kinds``); None when the claim names none."""
    related = ctx.extra.get("related")
    if related is None or getattr(related, "kind", None) not in set(kinds):
        return None
    return related if getattr(related, "status", None) == "approved" else None


def approved_before(app: Any, start: dt.date | None) -> bool:
    """Whether ``app`` was approved on or before ``start`` (the trip's or the cost's first day)."""
    from django.utils import timezone

    decided = getattr(app, "decided_at", None)
    if decided is None or start is None:
        return True  # approved, date unknown: the approval itself is what the text asks for
    if timezone.is_aware(decided):
        decided = timezone.localtime(decided)
    return bool(decided.date() <= start)


def planned_start(app: Any) -> dt.date | None:
    """The first day a pre-approval was for: the trip's departure, the reception's date, the cost's date."""
    data = app.data or {}
    for key in ("departure", "reception_date", "incurred_on"):
        if data.get(key):
            return day(data[key])
    return None


def approved_in_time(app: Any) -> bool:
    """Whether a pre-approval counts as approved beforehand: approved on or before the day it was for, or
    filed as the after-the-fact formalities a text allows (文山 临时决定外出 “回单位后2个工作日内补办”,
    接待 “电话请示同意 … 补办报批手续”), which its own checks then decided on."""
    data = app.data or {}
    if data.get("ad_hoc") or data.get("emergency"):
        return True
    return approved_before(app, planned_start(app))


ADVANCE_KINDS = ("finance.advance", "travel.request")
CLAIM_KINDS = ("finance.claim", "travel.claim", "reception.claim")


def advance_of(app: Any) -> Decimal:
    """The advance (借款、预借) an approved application paid out."""
    data = app.data or {}
    raw = data.get("advance") if app.kind == "travel.request" else data.get("amount")
    return dec(raw) or Decimal("0")


def outstanding_advances(ctx: Context) -> list[Any]:
    """The applicant's approved advances that no approved claim has settled yet (借款未结清), other than the
    application being checked (``ctx.extra["application"]``). A claim settles the advance of the pre-approval
    it is linked to (``related``); the advance of the trip a claim is settling right now is still open while
    that claim is filed."""
    this = getattr(ctx.extra.get("application"), "pk", None)
    advances = [
        a
        for kind in ADVANCE_KINDS
        for a in ctx.earlier(kind, ("approved",))
        if advance_of(a) > 0 and (this is None or a.pk != this)
    ]
    if not advances:
        return []
    settled = {claim.related_id for kind in CLAIM_KINDS for claim in ctx.earlier(kind, ("approved",))}
    return [a for a in advances if a.pk not in settled]


def outstanding_total(apps: Iterable[Any]) -> Decimal:
    return sum((advance_of(a) for a in apps), Decimal("0"))
