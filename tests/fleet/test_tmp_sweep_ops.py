from __future__ import annotations

from typing import Any

import pytest

from tests.common import test_malformed_requests as sweep
from tests.common.test_malformed_requests import _quiet, accounts  # noqa: F401

pytestmark = pytest.mark.django_db
MINE = ("/fleet", "/seals", "/assets")


def test_api(accounts: Any) -> None:  # noqa: F811
    calls = [(k, c) for k, c in sweep.api_calls() if any(m in c.url for m in MINE)]
    assert len(calls) > 100
    problems = sweep._walk(accounts, calls, api=True)
    assert not problems, "\n".join(problems[:60])


def test_pages(accounts: Any) -> None:  # noqa: F811
    calls = [(k, c) for k, c in sweep.page_calls() if any(c.url.startswith(m) for m in MINE)]
    problems = sweep._walk(accounts, calls, api=False)
    assert not problems, "\n".join(problems[:60])


def test_forms(accounts: Any) -> None:  # noqa: F811
    calls = [(k, c) for k, c in sweep.form_calls(accounts[-1]) if any(c.url.startswith(m) for m in MINE)]
    problems = sweep._walk(accounts, calls, api=False)
    assert not problems, "\n".join(problems[:60])


def test_forms_as_office(accounts: Any) -> None:  # noqa: F811
    from django.test import Client

    from tests.fleet.people import account
    from zhidu.agencies.models import Agency

    a = Agency.objects.get(slug="tongyu-hrss")
    office = account(a, "sweep-office", "office", "人秘科")
    c = Client()
    c.force_login(office)
    calls = [(k, x) for k, x in sweep.form_calls(c) if any(x.url.startswith(m) for m in MINE)]
    assert calls, "no forms found"
    print(len(calls), sorted({k for k, _ in calls}))
    problems = sweep._walk([c], calls, api=False)
    assert not problems, "\n".join(problems[:60])


def test_api_as_office(accounts: Any) -> None:  # noqa: F811
    from django.test import Client

    from tests.fleet.people import account
    from zhidu.agencies.models import Agency

    a = Agency.objects.get(slug="district-bureau")
    office = account(a, "sweep-office2", "office", "办公室")
    c = Client()
    c.force_login(office)
    calls = [(k, x) for k, x in sweep.api_calls() if any(m in x.url for m in MINE)]
    problems = sweep._walk([c], calls, api=True)
    assert not problems, "\n".join(problems[:60])
