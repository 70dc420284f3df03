"""What an approval kind is (申请单的种类): its form, the checks its data is put to, and how the route follows.

A ``Kind`` is declared once per kind of paper form the agencies use (公务接待审批单, 请车单, 请假条, 用印登记 …)
in a module of this package (``finance.py``, ``reception.py``, ``vehicles.py`` …) and registered with
``zhidu.approvals.kinds.register``. The approvals app does the rest: the form page shows the verdict live
as the applicant types (``preview``), submission is refused while any check is ``blocked`` (the form
keeps what was typed), the approvers are the ``needs_approval`` roles of the verdicts, resolved to people
by ``zhidu.org.service.resolve`` (which refuses self-approval, 五个不直接管, 回避 with the clause), and
approval, 退回, 撤回, 转交, 加签, 抄送, 催办 work the same for every kind.

A kind says:
- ``form``: a Django form class (its fields' labels bilingual: "中文 / English"); its ``clean`` refuses
  impossible input (negative or absurd amounts, dates in the wrong order) with bilingual messages;
- ``checks``: the check ids its data is put to (the rule engine's, DESIGN §4);
- ``facts(check_id, data, ctx)``: the facts for one check from the cleaned data (``None``: the check does
  not apply to this request, e.g. a claim part left empty); money stays ``Decimal`` (as a string in facts);
- ``area``: the org area of work (``finance``, ``reception``, ``vehicles`` …) for 分管 approver resolution;
- ``title(data)``: one line naming the request; ``amount(data)``: its money, if any (``Decimal``);
- ``sheet(data)``: label–value rows printed on the approval sheet;
- ``on_approved(application)``: what happens once the last approver signs (e.g. a trip-log entry, a
  seal-use record, a leave balance booked); default nothing.
- ``conflicted(data)`` (optional): the people who must step aside (回避) from approving this request.
- ``related_kinds`` (optional): the kinds of pre-approval a claim of this kind may link to (报账 ↔ 申请);
  the linked approved application reaches ``facts`` as ``ctx.extra["related"]`` (None when not linked),
  the agenda item that decided it as ``ctx.extra["decision_ref"]`` ("meetings.AgendaItem:<pk>" or ""),
  and the application itself, once saved, as ``ctx.extra["application"]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from django import forms

from zhidu.core.rules.model import BLOCKED, NEEDS_APPROVAL, Outcome, Verdict


@dataclass
class Context:
    """What a kind may consult besides the form: the agency, the day, the applicant (a user, or None in
    a preview without one) and, for kinds whose rules look at history (an outstanding advance …), the
    applicant's earlier applications via ``earlier``."""

    agency: str
    on: dt.date
    applicant: Any = None
    section: Any = None  # zhidu.org Section of the applicant, if known
    extra: dict[str, Any] = field(default_factory=dict)

    def earlier(self, kind: str, statuses: Iterable[str] = ("submitted", "approved")) -> list[Any]:
        """The applicant's earlier applications of ``kind`` in these statuses (newest first)."""
        if self.applicant is None or getattr(self.applicant, "pk", None) is None:
            return []
        from zhidu.approvals.models import Application

        return list(
            Application.objects.filter(
                agency__slug=self.agency, applicant=self.applicant, kind=kind, status__in=list(statuses)
            ).order_by("-id")
        )


class Kind:
    id: ClassVar[str]
    name_zh: ClassVar[str]
    name_en: ClassVar[str]
    domain: ClassVar[
        str
    ]  # finance · reception · travel · vehicles · leave · attendance · duty · seals · purchases · assets
    area: ClassVar[str] = ""
    form: ClassVar[type[forms.Form]]
    checks: ClassVar[tuple[str, ...]]
    agencies: ClassVar[tuple[str, ...] | None] = None  # None: every agency one of its checks applies to
    cites: ClassVar[tuple[str, ...]] = ()  # citation ids of the form's own 制度 (shown on the form)
    related_kinds: ClassVar[tuple[str, ...]] = ()  # pre-approvals a claim of this kind may link to (related)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        raise NotImplementedError

    def title(self, data: Mapping[str, Any]) -> str:
        return self.name_zh

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return None

    def sheet(self, data: Mapping[str, Any]) -> Sequence[tuple[str, str]]:
        """Rows for the printed sheet: every field's Chinese label and value, by default."""
        rows = []
        for name, f in self.form.base_fields.items():
            if name in data and data[name] not in (None, "", [], False):
                label = str(f.label or name).split(" / ")[0]
                value = data[name]
                if isinstance(f, forms.ChoiceField):
                    value = dict(f.choices).get(value, value)
                rows.append((label, "是" if value is True else str(value)))
        return rows

    def on_approved(self, application: Any) -> None:
        return None

    def conflicted(self, data: Mapping[str, Any]) -> Sequence[str]:
        """Names of people with a conflict in this request (本人或亲属: a purchase from a relative's firm …),
        who must step aside (回避) where the agency's text says so; default none."""
        return ()

    def applies_to(self, agency: str) -> bool:
        if self.agencies is not None:
            return agency in self.agencies
        from zhidu.core.rules.engine import default_engine

        reg = default_engine().registry
        return any(agency in reg.agencies_of(c) for c in self.checks)


@dataclass(frozen=True)
class Preview:
    """The verdicts of a kind's checks for one filled-in form, and what they mean for the route."""

    kind: str
    verdicts: tuple[Verdict, ...]

    @property
    def outcome(self) -> Outcome:
        worst = Outcome.ALLOWED
        for v in self.verdicts:
            if v.outcome.severity > worst.severity:
                worst = v.outcome
        return worst

    @property
    def blocked(self) -> bool:
        return self.outcome is BLOCKED

    @property
    def approvers(self) -> tuple[str, ...]:
        """The roles whose approval is needed, in the order the verdicts name them."""
        seen: dict[str, None] = {}
        for v in self.verdicts:
            if v.outcome is NEEDS_APPROVAL:
                seen.update(dict.fromkeys(v.approvers))
        return tuple(seen)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "outcome": self.outcome.value,
            "approvers": list(self.approvers),
            "verdicts": [v.as_dict() for v in self.verdicts],
        }


def preview(kind: Kind, data: Mapping[str, Any], ctx: Context) -> Preview:
    """Put cleaned form data to the kind's checks (bad facts raise ``BadInput`` naming the field)."""
    from zhidu.workflow.service import evaluate

    verdicts = []
    for check_id in kind.checks:
        facts = kind.facts(check_id, data, ctx)
        if facts is not None:
            verdicts.append(evaluate(check_id, ctx.agency, ctx.on, facts))
    return Preview(kind.id, tuple(verdicts))


def money(value: Any) -> str:
    """A Decimal amount as the facts' money string (``"1200.00"``)."""
    return f"{Decimal(value):.2f}"
