"""zhidu.approvals.service: drafts, the live verdict, submission, every action on the route, the ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from zhidu.approvals import service
from zhidu.approvals.models import Application, Copy, Event, Step
from zhidu.core.errors import BadInput, Conflict, NotFound, Refused
from zhidu.ledger import service as ledger
from zhidu.ledger.models import LedgerEntry
from zhidu.workflow.models import Notice, Task

from .conftest import ON, Tongyu
from .testkinds import TestReception

pytestmark = pytest.mark.django_db

RECEPTION_OK = {
    "guests": 8,
    "accompanying": 3,
    "has_official_letter": True,
    "purpose": "official",
    "visit_on": "2026-11-25",
}
RECEPTION_TOO_MANY = {**RECEPTION_OK, "accompanying": 4}


def _draft(t: Tongyu, kind: str = "test.reception", data: dict | None = None, who: str = "wushi") -> Application:
    return service.create(t.agency, kind, t.users[who], data or RECEPTION_OK, today=ON)


def _submit(app: Application, today: dt.date = ON) -> Application:
    return service.submit(app.pk, app.applicant, app.version, today=today)


def _act(app: Application, user, action: str, **kw) -> Application:
    app.refresh_from_db()
    return service.act(app.pk, user, app.version, action, today=ON, **kw)


# --- forms and bad input -------------------------------------------------------------------------------


def test_form_fields_describe_the_kind() -> None:
    from zhidu.approvals import kinds

    fields = {f["name"]: f for f in service.form_fields(kinds.get("test.reception"))}
    assert fields["guests"]["label_zh"] == "接待对象人数" and fields["guests"]["label_en"] == "Guests"
    assert fields["guests"]["type"] == "integer" and fields["guests"]["required"] is True
    assert fields["guests"]["min_value"] == 1
    assert fields["purpose"]["type"] == "choice"
    assert {c["value"] for c in fields["purpose"]["choices"]} == {"official", "personal"}
    assert fields["has_official_letter"]["type"] == "boolean" and not fields["has_official_letter"]["required"]
    assert fields["visit_on"]["type"] == "date"
    expense = {f["name"]: f for f in service.form_fields(kinds.get("test.expense"))}
    assert expense["amount"]["type"] == "decimal"


@pytest.mark.parametrize(
    ("data", "field", "zh"),
    [
        ({**RECEPTION_OK, "guests": -3}, "guests", "接待对象人数"),
        ({**RECEPTION_OK, "guests": "abc"}, "guests", "接待对象人数"),
        ({**RECEPTION_OK, "visit_on": "2026-02-30"}, "visit_on", "接待日期"),
        ({**RECEPTION_OK, "leave_on": "2026-11-20"}, "leave_on", "离开日期早于接待日期"),
        ({k: v for k, v in RECEPTION_OK.items() if k != "guests"}, "guests", "接待对象人数"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(tongyu: Tongyu, data, field, zh) -> None:
    before = Application.objects.count()
    with pytest.raises(BadInput) as err:
        _draft(tongyu, data=data)
    assert err.value.field == field
    assert zh in err.value.message_zh and err.value.message_en and err.value.message_en != err.value.message_zh
    assert Application.objects.count() == before


@pytest.mark.parametrize(
    ("amount", "needle"), [("-5", "金额应大于0"), ("0", "金额应大于0"), ("1000000000", "金额过大"), ("12.345", "")]
)
def test_negative_or_absurd_amounts_are_refused(tongyu: Tongyu, amount: str, needle: str) -> None:
    with pytest.raises(BadInput) as err:
        _draft(tongyu, "test.expense", {"purpose": "购书", "amount": amount})
    assert err.value.field == "amount" and needle in err.value.message_zh


def test_the_check_lists_field_errors_without_raising(tongyu: Tongyu) -> None:
    from zhidu.approvals import kinds

    result = service.check(kinds.get("test.reception"), tongyu.agency, {"guests": "x"}, tongyu.wushi, today=ON)
    assert not result.filled.valid and "guests" in result.filled.errors and result.outcome == "incomplete"
    assert result.filled.typed["guests"] == "x"  # what was typed is kept for the form


def test_unknown_kind_or_agency_is_not_found(tongyu: Tongyu) -> None:
    with pytest.raises(NotFound):
        service.create(tongyu.agency, "no.such.kind", tongyu.wushi, {}, today=ON)
    with pytest.raises(NotFound):
        service.create("wenshan-hrss", "test.reception", tongyu.wushi, RECEPTION_OK, today=ON)  # tongyu-only kind
    with pytest.raises(BadInput):
        service.create(tongyu.agency, "test.reception", tongyu.wushi, ["not", "a", "mapping"], today=ON)


# --- the live verdict and the route --------------------------------------------------------------------


def test_preview_blocks_too_many_accompanying_diners_with_the_clause(tongyu: Tongyu) -> None:
    from zhidu.approvals import kinds

    result = service.check(kinds.get("test.reception"), tongyu.agency, RECEPTION_TOO_MANY, tongyu.wushi, today=ON)
    assert result.blocked and not result.submittable
    blocked = [f for f in result.findings() if f["outcome"] == "blocked"]
    assert blocked and blocked[0]["check"] == "reception.request"
    assert any(c["id"] == "tongyu-hrss:7:3.7" for c in blocked[0]["citations"])
    assert "tongyu-hrss:7:3.7" in result.cites()


def test_preview_names_approvers_as_roles_and_people(tongyu: Tongyu) -> None:
    from zhidu.approvals import kinds

    result = service.check(
        kinds.get("test.expense"), tongyu.agency, {"purpose": "购书", "amount": "4999.99"}, tongyu.wushi, today=ON
    )
    assert result.submittable
    assert [(p.role, p.person) for p in result.route] == [("section_head", "周九"), ("deputy_in_charge", "王五")]
    assert all(p.cites == ["tongyu-hrss:5:5.1"] for p in result.route)
    big = service.check(
        kinds.get("test.expense"), tongyu.agency, {"purpose": "购车", "amount": "5000"}, tongyu.wushi, today=ON
    )
    roles = [p.role for p in big.route]
    assert roles[:2] == ["section_head", "deputy_in_charge"] and roles[2] == "party_group_meeting"
    body = big.route[2]
    assert body.mode == "body" and body.person == "张三" and "党组" in body.note_zh  # the secretary records it


def test_self_approval_is_refused_with_the_clause(tongyu: Tongyu) -> None:
    """周九 heads 计划财务科: their own expense request cannot go to them as section head (tongyu-hrss:5:5.1)."""
    app = _draft(tongyu, "test.expense", {"purpose": "购书", "amount": "300"}, who="zhoujiu")
    result = service.check_application(app, today=ON)
    refusals = result.resolution["refusals"]
    assert refusals and refusals[0]["rule"] == "org.own_request" and refusals[0]["person"] == "周九"
    assert any(c["id"] == "tongyu-hrss:5:5.1" for c in refusals[0]["citations"])
    assert all(p.person != "周九" for p in result.route)
    with pytest.raises(Refused) as err:
        _submit(app)
    assert "无人可以审批" in err.value.message_zh
    assert LedgerEntry.objects.filter(action="refused:approvals.submit", obj_id=str(app.pk)).exists()
    app.refresh_from_db()
    assert app.status == Application.DRAFT


def test_the_chief_does_not_approve_finance_directly(tongyu: Tongyu) -> None:
    """五个不直接管: a finance matter for the chief is routed to the deputy in charge of finance."""
    app = _draft(tongyu, "test.chief_finance")
    result = service.check_application(app, today=ON)
    rules = [r["rule"] for r in result.resolution["refusals"]]
    assert "org.chief_direct" in rules
    assert [p.person for p in result.route] == ["王五"]
    cites = {c["id"] for r in result.resolution["refusals"] for c in r["citations"]}
    assert "tongyu-hrss:1:4" in cites


def test_a_conflicted_approver_steps_aside_with_the_clause(tongyu: Tongyu) -> None:
    """回避: the kind names 张三 as conflicted; Tongyu's text makes the chief step aside (tongyu-hrss:1:7)."""
    app = _draft(tongyu, "test.recusal")
    result = service.check_application(app, today=ON)
    refusal = next(r for r in result.resolution["refusals"] if r["rule"] == "org.recusal")
    assert refusal["person"] == "张三" and any(c["id"] == "tongyu-hrss:1:7" for c in refusal["citations"])
    assert not result.submittable and all(p.person != "张三" for p in result.route)
    with pytest.raises(Refused):
        _submit(app)


def test_the_last_approval_and_the_follow_up_are_one_transaction(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.failing_followup"))
    with pytest.raises(BadInput) as err:
        _act(app, tongyu.zhangsan, "approve")
    assert "登记失败" in err.value.message_zh
    app.refresh_from_db()
    assert app.status == Application.SUBMITTED and app.steps.get().status == Step.PENDING
    assert not LedgerEntry.objects.filter(obj_id=str(app.pk), action="approvals.approve").exists()


# --- submission and the route ----------------------------------------------------------------------------


def test_a_blocked_application_is_refused_with_the_verdict_and_kept_as_draft(tongyu: Tongyu) -> None:
    app = _draft(tongyu, data=RECEPTION_TOO_MANY)
    with pytest.raises(Refused) as err:
        _submit(app)
    assert "tongyu-hrss:7:3.7" in str(err.value.verdict) and "陪餐" in err.value.message_zh
    app.refresh_from_db()
    assert app.status == Application.DRAFT and app.data["accompanying"] == 4  # nothing lost
    entry = LedgerEntry.objects.filter(action="refused:approvals.submit").latest("seq")
    assert "tongyu-hrss:7:3.7" in entry.citations


def test_submit_creates_steps_tasks_and_keeps_the_verdict(tongyu: Tongyu) -> None:
    app = _draft(tongyu, "test.expense", {"purpose": "购书", "amount": "4999.99"})
    assert app.amount == Decimal("4999.99") and app.title == "购书"
    app = _submit(app)
    assert app.status == Application.SUBMITTED and app.number.startswith("2026-")
    assert app.outcome == "needs_approval" and "tongyu-hrss:5:5.1" in app.cites
    assert app.verdicts[0]["check"] == "finance.expense_request"
    steps = list(app.steps.order_by("order"))
    assert [(s.role, s.assignee, s.status) for s in steps] == [
        ("section_head", tongyu.zhoujiu, Step.PENDING),
        ("deputy_in_charge", tongyu.wangwu, Step.WAITING),
    ]
    assert steps[0].due == dt.date(2026, 11, 26) and "系统默认" in steps[0].due_basis
    task = Task.objects.get(ref=f"approvals.Step:{steps[0].pk}")
    assert task.assignee == tongyu.zhoujiu and task.due == steps[0].due and task.url == f"/approvals/{app.pk}/"
    entry = LedgerEntry.objects.filter(action="approvals.submit", obj_id=str(app.pk)).get()
    assert "tongyu-hrss:5:5.1" in entry.citations and entry.verdict["outcome"] == "needs_approval"
    assert Event.objects.filter(application=app, action="submit").exists()


def test_approving_every_step_approves_and_calls_on_approved(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu))
    assert [s.assignee for s in app.steps.all()] == [tongyu.zhangsan]
    with pytest.raises(BadInput):  # not the current approver
        _act(app, tongyu.wangwu, "approve")
    app = _act(app, tongyu.zhangsan, "approve", opinion="同意接待")
    assert app.status == Application.APPROVED and app.decided_at is not None
    assert app.pk in TestReception.approved
    step = app.steps.get()
    assert step.status == Step.APPROVED and step.opinion == "同意接待"
    assert not Task.objects.filter(ref=f"approvals.Step:{step.pk}", status=Task.OPEN).exists()
    actions = list(
        LedgerEntry.objects.filter(obj_id=str(app.pk), action__startswith="approvals.").values_list("action", flat=True)
    )
    assert actions == ["approvals.submit", "approvals.approve", "approvals.approved"]
    approve = LedgerEntry.objects.get(obj_id=str(app.pk), action="approvals.approve")
    assert "tongyu-hrss:7:3.7" in approve.citations and approve.reason == "同意接待"
    assert ledger.verify().ok


def test_two_steps_in_order_then_approved(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.expense", {"purpose": "购书", "amount": "800"}))
    app = _act(app, tongyu.zhoujiu, "approve")
    second = app.steps.get(order=2)
    assert second.status == Step.PENDING and Task.objects.filter(assignee=tongyu.wangwu, status=Task.OPEN).exists()
    app = _act(app, tongyu.wangwu, "approve")
    assert app.status == Application.APPROVED


def test_reject_needs_a_reason_and_ends_the_route(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.expense", {"purpose": "购书", "amount": "800"}))
    with pytest.raises(BadInput) as err:
        _act(app, tongyu.zhoujiu, "reject")
    assert err.value.field == "opinion"
    app = _act(app, tongyu.zhoujiu, "reject", opinion="无预算")
    assert app.status == Application.REJECTED
    assert [s.status for s in app.steps.order_by("order")] == [Step.REJECTED, Step.SKIPPED]
    assert Notice.objects.filter(user=tongyu.wushi, text_zh__contains="未获批准").exists()


def test_return_edit_and_resubmit_runs_the_checks_again(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.expense", {"purpose": "购书", "amount": "800"}))
    app = _act(app, tongyu.zhoujiu, "approve")
    app = _act(app, tongyu.wangwu, "return", opinion="请补充预算")
    assert app.status == Application.RETURNED
    assert Notice.objects.filter(user=tongyu.wushi, text_zh__contains="请补充预算").exists()
    with pytest.raises(BadInput):  # only the applicant edits
        service.update(app.pk, tongyu.zhoujiu, app.version, {"purpose": "购书", "amount": "8000"}, today=ON)
    app = service.update(app.pk, tongyu.wushi, app.version, {"purpose": "购书", "amount": "8000"}, today=ON)
    app = _submit(app)
    assert app.round == 2 and app.status == Application.SUBMITTED
    current = [s.role for s in app.steps.filter(round=2).order_by("order")]
    assert current == ["section_head", "deputy_in_charge", "party_group_meeting"]  # 8,000 ≥ 5,000: 党组会
    old = app.steps.filter(round=1).order_by("order")
    assert [s.status for s in old] == [Step.APPROVED, Step.RETURNED]


def test_withdraw_only_before_anyone_acted(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.expense", {"purpose": "购书", "amount": "800"}))
    with pytest.raises(BadInput):
        _act(app, tongyu.zhoujiu, "withdraw")  # not the applicant
    app = _act(app, tongyu.wushi, "withdraw")
    assert app.status == Application.WITHDRAWN
    assert not Task.objects.filter(assignee=tongyu.zhoujiu, status=Task.OPEN).exists()
    app = _submit(app)
    app = _act(app, tongyu.zhoujiu, "approve")
    with pytest.raises(BadInput) as err:
        _act(app, tongyu.wushi, "withdraw")
    assert "不能撤回" in err.value.message_zh


def test_forward_to_a_holder_of_the_same_post_but_never_to_the_applicant(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.reception", who="wushi"))
    with pytest.raises(Refused) as err:
        _act(app, tongyu.zhangsan, "forward", to="wushi")
    assert "申请人" in err.value.message_zh and err.value.field == "to"
    with pytest.raises(BadInput) as err:
        _act(app, tongyu.zhangsan, "forward", to="zhengyi")  # neither acting for the chief nor a chief
    assert "代理" in err.value.message_zh


def test_forward_to_the_acting_person(tongyu: Tongyu) -> None:
    from zhidu.org.models import Acting, Person

    app = _submit(_draft(tongyu))  # 张三 approves; then he leaves for a course and 李四 stands in for him
    step = app.steps.get()
    assert step.assignee == tongyu.zhangsan and service.forward_targets(app, step, ON) == []
    chief = Person.objects.get(agency=tongyu.agency, name="张三")
    Acting.objects.create(
        person=Person.objects.get(agency=tongyu.agency, name="李四"),
        for_person=chief,
        valid_from=dt.date(2026, 11, 1),
        valid_to=dt.date(2026, 12, 31),
        reason="外出学习",
        cite="tongyu-hrss:1:4",
    )
    assert [u for u, _ in service.forward_targets(app, step, ON)] == [tongyu.lisi]
    app = _act(app, tongyu.zhangsan, "forward", to="lisi", opinion="出差，请李四代批")
    step.refresh_from_db()
    assert step.assignee == tongyu.lisi and step.status == Step.PENDING
    assert Task.objects.filter(assignee=tongyu.lisi, status=Task.OPEN, ref=f"approvals.Step:{step.pk}").exists()
    assert not Task.objects.filter(assignee=tongyu.zhangsan, status=Task.OPEN).exists()
    app = _act(app, tongyu.lisi, "approve")
    assert app.status == Application.APPROVED


def test_add_signer_after_the_current_approver(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu, "test.expense", {"purpose": "购书", "amount": "800"}))
    with pytest.raises(Refused):
        _act(app, tongyu.zhoujiu, "add_signer", to="wushi")  # the applicant
    app = _act(app, tongyu.zhoujiu, "add_signer", to="sunba", opinion="请人秘科会签")
    roles = [(s.order, s.role, s.assignee) for s in app.steps.order_by("order")]
    assert roles == [
        (1, "section_head", tongyu.zhoujiu),
        (2, "added", tongyu.sunba),
        (3, "deputy_in_charge", tongyu.wangwu),
    ]
    with pytest.raises(BadInput):
        _act(app, tongyu.zhoujiu, "add_signer", to="sunba")  # already on the route
    for who in (tongyu.zhoujiu, tongyu.sunba, tongyu.wangwu):
        app = _act(app, who, "approve")
    assert app.status == Application.APPROVED


def test_copy_and_remind(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu))
    app = _act(app, tongyu.wushi, "copy", to="sunba", opinion="请知悉")
    assert Copy.objects.filter(application=app, user=tongyu.sunba).exists()
    assert Notice.objects.filter(user=tongyu.sunba, kind=Notice.COPY).exists()
    with pytest.raises(BadInput):
        _act(app, tongyu.wushi, "copy", to="sunba")  # once
    with pytest.raises(BadInput):
        _act(app, tongyu.zhengyi, "copy", to="fenger")  # not involved
    from zhidu.accounts.models import RoleAssignment, User

    admin = User.objects.create_user("sysadmin", password="Approvals-test-2026!", agency=tongyu.agency)
    RoleAssignment.objects.create(user=admin, agency=tongyu.agency, role="system_admin", valid_from=dt.date(2020, 1, 1))
    with pytest.raises(BadInput) as err:
        _act(app, tongyu.wushi, "copy", to="sysadmin")  # the 三员 approve and read no business
    assert err.value.field == "to" and "业务人员" in err.value.message_zh
    app = _act(app, tongyu.wushi, "remind")
    assert Notice.objects.filter(user=tongyu.zhangsan, kind=Notice.REMIND).count() == 1
    with pytest.raises(BadInput) as err:
        _act(app, tongyu.wushi, "remind")
    assert "每天最多催办一次" in err.value.message_zh
    assert Notice.objects.filter(user=tongyu.zhangsan, kind=Notice.REMIND).count() == 1


def test_a_stale_version_is_a_conflict_and_saves_nothing(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu))
    stale = app.version
    service.act(app.pk, tongyu.wushi, stale, "copy", to="sunba", today=ON)
    before = LedgerEntry.objects.count()
    with pytest.raises(Conflict):
        service.act(app.pk, tongyu.zhangsan, stale, "approve", today=ON)
    app.refresh_from_db()
    assert app.status == Application.SUBMITTED and LedgerEntry.objects.count() == before


def test_unknown_action_and_long_opinion_are_bad_input(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu))
    with pytest.raises(BadInput) as err:
        service.act(app.pk, tongyu.zhangsan, app.version, "sign_blank", today=ON)
    assert err.value.field == "action"
    with pytest.raises(BadInput) as err:
        service.act(app.pk, tongyu.zhangsan, app.version, "approve", opinion="长" * 3000, today=ON)
    assert err.value.field == "opinion"


def test_claim_links_to_its_approved_pre_approval(tongyu: Tongyu) -> None:
    pre = _draft(tongyu, "test.expense", {"purpose": "购书", "amount": "800"})
    with pytest.raises(BadInput) as err:
        service.create(
            tongyu.agency, "test.claim", tongyu.wushi, {"purpose": "报账", "amount": "780"}, related=pre.pk, today=ON
        )
    assert err.value.field == "related" and "尚未批准" in err.value.message_zh
    pre = _submit(pre)
    pre = _act(pre, tongyu.zhoujiu, "approve")
    pre = _act(pre, tongyu.wangwu, "approve")
    claim = service.create(
        tongyu.agency, "test.claim", tongyu.wushi, {"purpose": "报账", "amount": "780"}, related=pre.pk, today=ON
    )
    assert claim.related == pre
    with pytest.raises(NotFound):  # someone else's
        service.create(
            tongyu.agency, "test.claim", tongyu.zhengyi, {"purpose": "报账", "amount": "780"}, related=pre.pk, today=ON
        )
    other = service.create(tongyu.agency, "test.reception", tongyu.wushi, RECEPTION_OK, today=ON)
    with pytest.raises(BadInput):  # not a pre-approval of the kind a claim settles
        service.create(
            tongyu.agency, "test.claim", tongyu.wushi, {"purpose": "报账", "amount": "1"}, related=other.pk, today=ON
        )


def test_decision_ref_is_a_checked_string(tongyu: Tongyu) -> None:
    with pytest.raises(BadInput) as err:
        service.create(
            tongyu.agency,
            "test.expense",
            tongyu.wushi,
            {"purpose": "x", "amount": "9000"},
            decision_ref="党组会",
            today=ON,
        )
    assert err.value.field == "decision_ref"
    try:
        from zhidu.meetings import models as meetings

        item_model = getattr(meetings, "AgendaItem", None) or meetings.Item
    except (ImportError, AttributeError):
        app = service.create(
            tongyu.agency,
            "test.expense",
            tongyu.wushi,
            {"purpose": "x", "amount": "9000"},
            decision_ref="meetings.AgendaItem:7",
            today=ON,
        )
        assert app.decision_ref == "meetings.AgendaItem:7"
    else:
        assert not item_model._default_manager.filter(pk=999999).exists()
        with pytest.raises(NotFound):
            service.create(
                tongyu.agency,
                "test.expense",
                tongyu.wushi,
                {"purpose": "x", "amount": "9000"},
                decision_ref="meetings.AgendaItem:999999",
                today=ON,
            )


# --- attachments and lists --------------------------------------------------------------------------------


def test_attachments_are_limited_and_fingerprinted(tongyu: Tongyu) -> None:
    import hashlib

    app = _draft(tongyu)
    pdf = b"%PDF-1.4 test"
    att = service.attach(app.pk, tongyu.wushi, app.version, "公函.pdf", pdf)
    assert att.sha256 == hashlib.sha256(pdf).hexdigest() and att.size == len(pdf)
    app.refresh_from_db()
    for name, content, needle in [
        ("virus.exe", b"MZ", "不接受此类文件"),
        ("fake.pdf", b"not a pdf", "不符"),
        ("empty.pdf", b"", "空"),
        ("big.pdf", b"%PDF" + b"0" * (10 * 1024 * 1024), "超过"),
    ]:
        with pytest.raises(BadInput) as err:
            service.attach(app.pk, tongyu.wushi, app.version, name, content)
        assert needle in err.value.message_zh and err.value.field == "file"
    with pytest.raises(BadInput):
        service.attach(app.pk, tongyu.zhengyi, app.version, "x.pdf", pdf)  # not the applicant
    assert LedgerEntry.objects.filter(action="approvals.attach", obj_id=str(app.pk)).count() == 1
    entry = LedgerEntry.objects.filter(obj_type="approvals.Attachment").latest("seq")
    assert "data" not in (entry.after or {}) or entry.after["data"] != pdf.decode()


def test_todo_overdue_and_mine(tongyu: Tongyu) -> None:
    app = _submit(_draft(tongyu), today=dt.date(2026, 11, 2))
    assert [s.application for s in service.todo(tongyu.zhangsan)] == [app]
    assert list(service.mine(tongyu.wushi)) == [app]
    late = list(service.overdue(ON))
    assert [s.application for s in late] == [app]  # due 2026-11-05, late on 2026-11-23
    assert not service.overdue(dt.date(2026, 11, 4)).exists()


def test_wenshan_steps_use_its_time_for_answering_requests() -> None:
    from zhidu.agencies.models import Agency

    due, cites = service.step_due(Agency.objects.get(slug="wenshan-hrss"), ON)
    assert cites == ["wenshan-hrss:19:7.3"]
    # 15 working days counting the day received: Mon 23 Nov … Fri 11 Dec 2026
    assert due.date == dt.date(2026, 12, 11)
    due, cites = service.step_due(Agency.objects.get(slug="tongyu-hrss"), ON)
    assert cites == [] and due.date == dt.date(2026, 11, 26)
