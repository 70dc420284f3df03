"""Every sign-in event is a "security" entry of the ledger (GB/T 22239-2019 8.1.4.3 安全审计), with the
user, the client address and no secret; the chain still verifies afterwards."""

from __future__ import annotations

import re

import pytest

from zhidu.accounts import totp

from .conftest import ENROL, PASSWORD, VERIFY, WRONG, security_entries, sign_in

pytestmark = pytest.mark.django_db


def test_a_day_of_sign_ins_in_the_ledger(client, user, clock) -> None:
    from zhidu.ledger import service

    sign_in(client, "zhang.san", WRONG, "10.9.0.1")
    sign_in(client, "zhang.san", PASSWORD, "10.9.0.1")
    page = client.get(ENROL, REMOTE_ADDR="10.9.0.1").content.decode()
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', page).group(1).replace(" ", "")
    client.post(ENROL, {"action": "confirm", "code": totp.current_code(secret)}, REMOTE_ADDR="10.9.0.1")
    client.post("/accounts/logout/", REMOTE_ADDR="10.9.0.1")
    clock.advance(seconds=30)
    sign_in(client, "zhang.san", PASSWORD, "10.9.0.2")
    client.post(
        VERIFY, {"code": "000000" if totp.current_code(secret) != "000000" else "111111"}, REMOTE_ADDR="10.9.0.2"
    )
    client.post(VERIFY, {"code": totp.current_code(secret)}, REMOTE_ADDR="10.9.0.2")
    clock.advance(minutes=30)
    client.get("/", REMOTE_ADDR="10.9.0.2")  # idle: signed out

    actions = [e.action for e in security_entries() if e.action.startswith(("signin", "signout"))]
    assert actions == [
        "signin.failure",
        "signin.success",
        "signin.2fa.enrolled",
        "signout",
        "signin.2fa.failure",
        "signin.2fa.success",
        "signin.success",
        "signout.idle",
    ]
    entries = {e.action: e for e in security_entries()}
    assert entries["signin.failure"].actor_id is None  # nobody was signed in
    assert entries["signin.failure"].obj_id == str(user.pk)
    for action in ("signin.success", "signin.2fa.enrolled", "signout", "signin.2fa.success", "signout.idle"):
        assert entries[action].actor_id == user.pk, action
        assert entries[action].meta["username"] == "zhang.san"
    assert entries["signout"].meta["address"] == "10.9.0.1"
    assert entries["signout.idle"].meta["address"] == "10.9.0.2"
    assert all(e.category == "security" for e in security_entries())
    assert service.verify().ok
