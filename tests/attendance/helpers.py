"""Filling in a kind's form as an applicant would, and an approval as the approvals engine keeps it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from zhidu.approvals import kinds
from zhidu.approvals.kinds import Context, Preview, preview
from zhidu.approvals.models import Application
from zhidu.attendance import service


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


def cleaned(kind_id: str, data: dict[str, Any]) -> dict[str, Any]:
    form = kinds.get(kind_id).form(data=data)
    assert form.is_valid(), form.errors.as_json()
    return dict(form.cleaned_data)


def form_errors(kind_id: str, data: dict[str, Any]) -> dict[str, list[str]]:
    form = kinds.get(kind_id).form(data=data)
    assert not form.is_valid()
    return {k: [str(m) for m in v] for k, v in form.errors.items()}


def ctx_of(agency: Any, user: Any, on: dt.date) -> Context:
    return Context(agency.slug, on, user, service.section_of(user, on))


def verdict(kind_id: str, agency: Any, user: Any, data: dict[str, Any], on: dt.date) -> Preview:
    """The live verdict the form would show."""
    return preview(kinds.get(kind_id), cleaned(kind_id, data), ctx_of(agency, user, on))


def approve(kind_id: str, agency: Any, user: Any, data: dict[str, Any], on: dt.date) -> tuple[Application, Preview]:
    """An application of ``kind_id`` as the engine keeps it once the last approver signed, its kind's
    ``on_approved`` run (the engine's own flow is tested in tests/approvals)."""
    kind = kinds.get(kind_id)
    clean = cleaned(kind_id, data)
    ctx = ctx_of(agency, user, on)
    pv = preview(kind, clean, ctx)
    assert not pv.blocked, pv.as_dict()
    vds = [v.as_dict() for v in pv.verdicts]
    app = Application.objects.create(
        agency=agency,
        kind=kind_id,
        title=kind.title(clean),
        applicant=user,
        applicant_name=service.name_of(user),
        section=ctx.section,
        data={k: _json(v) for k, v in clean.items()},
        on=on,
        status=Application.APPROVED,
        outcome=pv.outcome.value,
        verdicts=vds,
        cites=[c for v in vds for c in service.cites_of(v)],
    )
    kind.on_approved(app)
    return app, pv
