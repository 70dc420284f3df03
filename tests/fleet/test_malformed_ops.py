"""The malformed-request sweep (tests/common/test_malformed_requests.py) aimed at the registers of vehicles, seals
and assets as their keepers: the general sweep signs in as accounts that may only read them, so the writes are
refused there by the permission table before any input is read. Here the office sends the same bodies,
parameters and form fields: each answered with a bilingual 4xx (or the form again with its error), never a 500,
and nothing changes — no row, no ledger entry."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.common import test_malformed_requests as sweep
from tests.common.test_malformed_requests import _quiet  # noqa: F401 — autouse: Django's request warnings off
from zhidu.agencies.models import Agency

from .people import account

pytestmark = pytest.mark.django_db
MINE = ("/fleet", "/seals", "/assets")


def _office(slug: str, name: str, section: str) -> Client:
    c = Client()
    c.force_login(account(Agency.objects.get(slug=slug), name, "office", section))
    return c


def test_malformed_api_requests_to_the_registers_as_the_office() -> None:
    office = _office("district-bureau", "sweep-office", "办公室")
    calls = [(k, c) for k, c in sweep.api_calls() if any(m in c.url for m in MINE)]
    assert len({k for k, _ in calls}) >= 30
    problems = sweep._walk([office], calls, api=True)
    assert not problems, "\n".join(problems[:60])


def test_malformed_form_posts_to_the_registers_as_the_office() -> None:
    office = _office("wenshan-hrss", "sweep-office2", "办公室")
    calls = [(k, c) for k, c in sweep.form_calls(office) if any(c.url.startswith(m) for m in MINE)]
    assert {k.split(" (")[0] for k, _ in calls} >= {
        "POST /fleet/vehicles/add/",
        "POST /fleet/cards/add/",
        "POST /seals/add/",
        "POST /seals/log/",
        "POST /assets/receive/",
        "POST /assets/counts/open/",
    }
    problems = sweep._walk([office], calls, api=False)
    assert not problems, "\n".join(problems[:60])
