"""The route's signing order: each check's own order kept, several checks merged from the section upwards."""

from __future__ import annotations

import datetime as dt

from zhidu.approvals.kinds.base import Preview
from zhidu.approvals.service import signature_order
from zhidu.core.rules.model import NEEDS_APPROVAL, Finding, Verdict

ON = dt.date(2026, 3, 2)


def _verdict(*roles: str) -> Verdict:
    return Verdict(
        "x.y", "wenshan-hrss", ON, (Finding("r", NEEDS_APPROVAL, "须审批", "needs approval", approvers=roles),)
    )


def test_one_check_keeps_its_texts_order_even_when_the_office_signs_after_the_chief() -> None:
    assert signature_order(Preview("k", (_verdict("chief", "office"),))) == ["chief", "office"]


def test_two_checks_merge_from_the_section_up_and_a_shared_role_signs_once() -> None:
    expense = _verdict("finance_deputy", "chief")
    reception = _verdict("section_head", "deputy_in_charge", "chief")
    assert signature_order(Preview("k", (expense, reception))) == [
        "section_head",
        "deputy_in_charge",
        "finance_deputy",
        "chief",
    ]
