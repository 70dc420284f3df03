"""Two people acting on the same application at the same moment (PostgreSQL, real connections): the
applicant withdraws while the approver approves, both having seen the same version. Exactly one action is
saved; the other gets the conflict message (409 from the API) and leaves nothing behind, not even a ledger
entry."""

from __future__ import annotations

import pytest
from django.db import connection

from zhidu.approvals import service
from zhidu.approvals.models import Application, Event
from zhidu.core.errors import CONFLICT_ZH, Conflict
from zhidu.ledger import service as ledger
from zhidu.ledger.models import LedgerEntry

from ..common.test_versioning import _race
from .conftest import ON, make_tongyu

OK = {"guests": 8, "accompanying": 3, "has_official_letter": True, "purpose": "official", "visit_on": "2026-11-25"}


@pytest.mark.django_db(transaction=True)
def test_withdraw_and_approve_at_the_same_moment() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("real concurrent connections need PostgreSQL; test_service checks a stale version on SQLite")
    from zhidu.agencies.models import Agency
    from zhidu.rulebook import service as rulebook

    if not Agency.objects.filter(slug="tongyu-hrss").exists():
        rulebook.import_shipped()
    t = make_tongyu()
    app = service.create(t.agency, "test.reception", t.wushi, OK, today=ON)
    app = service.submit(app.pk, t.wushi, app.version, today=ON)
    seen = app.version
    start = LedgerEntry.objects.order_by("-seq").values_list("seq", flat=True).first()
    who = [(t.wushi, "withdraw"), (t.zhangsan, "approve")]

    results, _ = _race(lambda i: service.act(app.pk, who[i][0], seen, who[i][1], today=ON))

    won = [i for i, r in enumerate(results) if isinstance(r, Application)]
    lost = [r for r in results if isinstance(r, Exception)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], Conflict) and lost[0].message_zh == CONFLICT_ZH
    app.refresh_from_db()
    winner = who[won[0]][1]
    assert app.status == ("withdrawn" if winner == "withdraw" else "approved")
    assert list(
        Event.objects.filter(application=app, action__in=["withdraw", "approve"]).values_list("action", flat=True)
    ) == [winner]
    actions = set(
        LedgerEntry.objects.filter(seq__gt=start, action__startswith="approvals.").values_list("action", flat=True)
    )
    assert f"approvals.{winner}" in actions and f"approvals.{who[1 - won[0]][1]}" not in actions
    assert ledger.verify().ok
