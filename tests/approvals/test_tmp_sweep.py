import pytest
from tests.common.test_malformed_requests import api_calls, page_calls, _walk, accounts, _quiet  # noqa: F401

pytestmark = pytest.mark.django_db


def test_api(accounts):
    calls = [(k, c) for k, c in api_calls() if "approvals" in k]
    problems = _walk(accounts, calls, api=True)
    assert not problems, "\n".join(problems[:80])


def test_pages(accounts):
    calls = [(k, c) for k, c in page_calls() if "approvals" in k]
    problems = _walk(accounts, calls, api=False)
    assert not problems, "\n".join(problems[:80])
