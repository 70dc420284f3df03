"""Meetings and collective decisions (议事决策), issue 5.

The records of one decision body's meetings, from agenda intake to follow-up:

- ``Body``        a decision body of an agency (党组会议, 局长/主任办公会议, 局务会议, 机关党委会议, 重大案件合议委员会,
                  科务会 …) as the agency's texts set it up; ``check_body`` is its id in the meeting.* checks and
                  ``role`` the org role whose holders are its members (``org.yaml`` bodies and posts).
- ``BodyMember``  a member entered by hand for a body the org chart does not list members for (dated), with
                  a post where the body's chair is one of them (a Party branch's 书记).
- ``Meeting``     one sitting: body, number, date, place, status planned → notified → convened → closed.
- ``Item``        an agenda item (议题): proposer section, materials (``Material``), kind flags and amount,
                  the classification (“三重一大”, the body that must decide, discipline supervision) with the
                  verdicts and clauses, submission date vs deadline, added-at-meeting flag, status and outcome.
                  (``meetings.Item:pk`` is what ``approvals.Application.decision_ref`` points at.)
- ``Attendance``  a member's presence or leave (with reason, asked beforehand or not, written opinion —
                  never counted as a vote) or a non-voting attendee (列席).
- ``Recusal``     a member stepping aside (回避) from one item, with the grounds and the verdict.
- ``Statement``   a member's stated position on an item, in order (赞成 / 不赞成 / 缓议, with reasons);
                  the chief's statement last (末位表态).
- ``Vote``        one member's vote on one item, by the method chosen.
- ``ItemOutcome`` passed / not passed / postponed, with the counts and the threshold verdict (trace).
- ``Minutes``     the record generated from what happened (.docx + PDF), filed and then immutable.
- ``Decision``    what a passed item decided; follow-up tasks (``workflow.Task``) for the members in charge,
                  with working-day deadlines; a change needs a new vote of the same body.

``zhidu.meetings.service`` is the only writer; each change is a checked, ledgered step.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned
from zhidu.core.errors import Refused


class Body(models.Model):
    """A decision body (议事机构) of an agency. Rows are kept in step with the texts by
    ``service.sync_bodies`` (``managed``); ``role`` is the org role id whose holders (and the org.yaml
    ``members_roles``) are its members on a day; ``BodyMember`` rows add members entered by hand."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="meeting_bodies")
    key = models.SlugField("标识", max_length=40)
    name_zh = models.CharField("名称", max_length=80)
    name_en = models.CharField("英文名称", max_length=120)
    check_body = models.CharField(
        "校验用会议类别", max_length=40, blank=True, help_text="body id of the meeting.* checks ('' if none)"
    )
    cadence_activity = models.CharField(
        "频次校验活动", max_length=60, blank=True, help_text="party.cadence activity id for Party bodies"
    )
    role = models.CharField("成员角色", max_length=40, blank=True, help_text="org role id of its members")
    chief_role = models.CharField("主要负责人角色", max_length=40, default="chief")
    cite = models.CharField("依据", max_length=60, blank=True)
    quote = models.CharField("原文", max_length=300, blank=True)
    managed = models.BooleanField(default=True)

    class Meta:
        ordering = ["agency_id", "id"]
        verbose_name = "议事机构"
        constraints = [models.UniqueConstraint(fields=["agency", "key"], name="meetings_body_key_unique")]

    def __str__(self) -> str:
        return self.name_zh


class BodyMember(models.Model):
    """A member of a body entered by hand (bodies the org chart gives no members for), dated, both ends
    inclusive (``valid_to`` null: still a member)."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="extra_members")
    person = models.ForeignKey("org.Person", on_delete=models.PROTECT, related_name="body_memberships")
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)
    # the member's post in the body when the org chart does not give it: "secretary" 书记 of a Party branch
    # body (its chair: 白城 baicheng-fupin:17:3/17:4 “由党支部书记主持”), "" an ordinary member
    post = models.CharField("职务", max_length=20, blank=True, default="")

    POSTS = {"": "成员", "secretary": "书记"}

    class Meta:
        ordering = ["body_id", "valid_from", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=F("valid_from")),
                name="meetings_bodymember_dates_ordered",
            )
        ]

    @property
    def agency_id(self) -> int:
        return self.body.agency_id


class Meeting(Versioned, models.Model):
    PLANNED, NOTIFIED, CONVENED, CLOSED = "planned", "notified", "convened", "closed"
    STATUSES = [(PLANNED, "筹备中"), (NOTIFIED, "已通知"), (CONVENED, "进行中"), (CLOSED, "已结束")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="meetings")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    number = models.CharField("会议编号", max_length=60, blank=True)
    date = models.DateField("会议日期")
    place = models.CharField("地点", max_length=200, blank=True)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=PLANNED, db_index=True)
    chair = models.ForeignKey(
        "org.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="meetings_chaired"
    )
    chair_entrusted = models.BooleanField("主持人受委托", default=False)
    recorder = models.ForeignKey(
        "org.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="meetings_recorded"
    )
    notified_on = models.DateField("通知日期", null=True, blank=True)
    notice_in_writing = models.BooleanField("书面通知", default=True)
    materials_sent_on = models.DateField("材料送达日期", null=True, blank=True)
    discipline_notified = models.BooleanField("已报告（邀请）纪检组织", default=False)
    convened_on = models.DateField("召开日", null=True, blank=True)
    closed_on = models.DateField("结束日", null=True, blank=True)
    section = models.ForeignKey(
        "org.Section",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
        help_text="the office (办公室/人秘科/综合科) that runs the meeting",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings_created"
    )
    convene_verdict = models.JSONField("召开校验", default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["agency", "body", "date"])]

    def __str__(self) -> str:
        return f"{self.body.name_zh} {self.number or self.date.isoformat()}"

    @property
    def owner_id(self) -> int | None:  # zhidu.access own_record
        return self.created_by_id


class Item(Versioned, models.Model):
    """An agenda item (议题, “AgendaItem”)."""

    PROPOSED, LISTED, DISCUSSING, CLOSED, WITHDRAWN = "proposed", "listed", "discussing", "closed", "withdrawn"
    STATUSES = [
        (PROPOSED, "已提交"),
        (LISTED, "已列入议程"),
        (DISCUSSING, "讨论中"),
        (CLOSED, "已议决"),
        (WITHDRAWN, "已撤回"),
    ]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="meeting_items")
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="items")
    order = models.PositiveIntegerField("顺序", default=1)
    title = models.CharField("议题", max_length=300)
    summary = models.TextField("主要问题与建议方案", blank=True)
    kind = models.CharField("事项类别", max_length=40)
    cadre = models.BooleanField("干部任免事项", default=False)
    disciplinary = models.BooleanField("处分事项", default=False)
    project = models.BooleanField("重大项目", default=False)
    large_fund = models.BooleanField("大额资金", default=False)
    amount = models.DecimalField("金额（元）", max_digits=14, decimal_places=2, null=True, blank=True)
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="meeting_items"
    )
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="meeting_items"
    )
    proposer_name = models.CharField("提出人", max_length=50, blank=True)
    deputy_in_charge = models.ForeignKey(
        "org.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="items_in_charge"
    )
    submitted_on = models.DateField("报送日期")
    submit_deadline = models.DateField("报送最迟日期", null=True, blank=True)
    late = models.BooleanField("逾期报送", default=False)
    ad_hoc = models.BooleanField("会上临时动议", default=False)
    urgent = models.BooleanField("紧急议题", default=False)
    listed = models.BooleanField("已审定列入", default=False)
    proposed_by_chief = models.BooleanField("主要负责人提出", default=False)
    # classification (decision.route + meeting.agenda)
    topic_kinds = models.JSONField("议题类别（校验用）", default=list, blank=True)
    sanzhong_yida = models.BooleanField("属“三重一大”", default=False)
    required_body = models.CharField("须决策的会议", max_length=40, blank=True)
    discipline = models.CharField(
        "纪检监督", max_length=10, blank=True, help_text="'' none · report 须提前报告 · invite 应邀请列席"
    )
    route_verdict = models.JSONField("决策机构判定", default=dict, blank=True)
    agenda_verdict = models.JSONField("上会校验", default=dict, blank=True)
    quorum_verdict = models.JSONField("本议题到会校验", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    changes = models.ForeignKey(
        "Decision",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="change_items",
        help_text="the decision this item revisits (复议变更)",
    )
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=PROPOSED, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting_id", "order", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def owner_id(self) -> int | None:
        return self.proposer_id


class Material(models.Model):
    """A paper attached to an item (会议材料)."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="materials")
    name = models.CharField("文件名", max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    data = models.BinaryField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    ledger_redact = ("data",)

    class Meta:
        ordering = ["item_id", "id"]

    @property
    def agency_id(self) -> int:
        return self.item.agency_id


class Attendance(models.Model):
    """One person at (or excused from) one meeting. Members: present, on leave (请假) or absent;
    ``written_opinion`` of an absent member is recorded and never counted as a vote. Non-voting attendees
    (列席) have ``member=False`` and an ``attendee_role`` in the meeting.convene vocabulary."""

    PRESENT, LEAVE, ABSENT = "present", "leave", "absent"
    STATUSES = [(PRESENT, "出席"), (LEAVE, "请假"), (ABSENT, "缺席")]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey("org.Person", on_delete=models.PROTECT, related_name="meeting_attendance")
    member = models.BooleanField("有表决权的成员", default=True)
    attendee_role = models.CharField("列席身份", max_length=30, blank=True)
    status = models.CharField("出席情况", max_length=10, choices=STATUSES, default=PRESENT)
    leave_reason = models.CharField("请假事由", max_length=300, blank=True)
    leave_asked_before = models.BooleanField("会前已请假", default=True)
    written_opinion = models.TextField("书面意见（不计票）", blank=True)

    class Meta:
        ordering = ["meeting_id", "-member", "id"]
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="meetings_attendance_unique")]

    @property
    def agency_id(self) -> int:
        return self.meeting.agency_id


class Recusal(models.Model):
    """回避: ``person`` takes no part in ``item`` (grounds in the meeting.recusal vocabulary)."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="recusals")
    person = models.ForeignKey("org.Person", on_delete=models.PROTECT, related_name="recusals")
    grounds = models.JSONField("回避情形", default=list)
    note = models.CharField("说明", max_length=300, blank=True)
    verdict = models.JSONField("校验结论", default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["item_id", "id"]
        constraints = [models.UniqueConstraint(fields=["item", "person"], name="meetings_recusal_unique")]

    @property
    def agency_id(self) -> int:
        return self.item.agency_id


class Statement(models.Model):
    """One member's stated position on an item, ``order`` 1, 2, … as spoken (末位表态: the chief last)."""

    FOR, AGAINST, DEFER = "for", "against", "defer"
    POSITIONS = [(FOR, "赞成"), (AGAINST, "不赞成"), (DEFER, "缓议")]

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="statements")
    order = models.PositiveIntegerField("发言顺序")
    person = models.ForeignKey("org.Person", on_delete=models.PROTECT, related_name="statements")
    is_chief = models.BooleanField("主要负责人", default=False)
    position = models.CharField("意见", max_length=10, choices=POSITIONS)
    reason = models.TextField("理由", blank=True)
    verdict = models.JSONField("校验结论", default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["item_id", "order"]
        constraints = [
            models.UniqueConstraint(fields=["item", "person"], name="meetings_statement_once"),
            models.UniqueConstraint(fields=["item", "order"], name="meetings_statement_order"),
        ]

    @property
    def agency_id(self) -> int:
        return self.item.agency_id


class Vote(models.Model):
    FOR, AGAINST, ABSTAIN, DEFER = "for", "against", "abstain", "defer"
    CHOICES = [(FOR, "赞成"), (AGAINST, "反对"), (ABSTAIN, "弃权"), (DEFER, "缓议")]
    METHODS = [("show_of_hands", "举手表决"), ("oral", "口头表决"), ("ballot", "无记名投票"), ("roll_call", "记名投票")]

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="votes")
    person = models.ForeignKey("org.Person", on_delete=models.PROTECT, related_name="meeting_votes")
    choice = models.CharField("表决意见", max_length=10, choices=CHOICES)
    method = models.CharField("表决方式", max_length=20, choices=METHODS)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["item_id", "id"]
        constraints = [models.UniqueConstraint(fields=["item", "person"], name="meetings_vote_once")]

    @property
    def agency_id(self) -> int:
        return self.item.agency_id


class ItemOutcome(models.Model):
    """How an item ended: passed, not passed or postponed (缓议), with the counts and the verdict of the
    threshold check (its trace shows the figures compared and the clause)."""

    PASSED, NOT_PASSED, POSTPONED = "passed", "not_passed", "postponed"
    RESULTS = [(PASSED, "通过"), (NOT_PASSED, "未通过"), (POSTPONED, "缓议")]

    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="outcome")
    result = models.CharField("结果", max_length=12, choices=RESULTS)
    members = models.PositiveIntegerField("应到会成员")
    present = models.PositiveIntegerField("到会成员")
    recused = models.PositiveIntegerField("回避", default=0)
    votes_for = models.PositiveIntegerField("赞成", default=0)
    votes_against = models.PositiveIntegerField("反对", default=0)
    abstentions = models.PositiveIntegerField("弃权", default=0)
    votes_defer = models.PositiveIntegerField("缓议", default=0)
    written_opinions = models.PositiveIntegerField("书面意见（不计票）", default=0)
    method = models.CharField("表决方式", max_length=20, blank=True)
    decision_text = models.TextField("决定内容", blank=True)
    verdict = models.JSONField("表决校验", default=dict, blank=True)
    trace = models.JSONField("计算过程", default=list, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    decided_on = models.DateField("议决日")
    at = models.DateTimeField(auto_now_add=True)

    @property
    def agency_id(self) -> int:
        return self.item.agency_id


class Minutes(Versioned, models.Model):
    """会议记录/纪要. Generated (``draft``) from the meeting's records, then ``filed`` (归档): after filing no
    change is possible — the service refuses, and ``save`` refuses too (belt and braces)."""

    DRAFT, FILED = "draft", "filed"
    STATUSES = [(DRAFT, "草稿"), (FILED, "已归档")]

    meeting = models.OneToOneField(Meeting, on_delete=models.PROTECT, related_name="minutes")
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=DRAFT)
    content = models.JSONField("纪要内容", default=dict)
    notes = models.TextField("记录人补充", blank=True)
    docx = models.BinaryField("Word 文件")
    pdf = models.BinaryField("PDF 文件")
    docx_sha256 = models.CharField(max_length=64)
    pdf_sha256 = models.CharField(max_length=64)
    signatures = models.JSONField("须签名", default=list, blank=True)
    signed_by = models.JSONField("已签名", default=list, blank=True)
    verdict = models.JSONField("记录校验", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    generated_at = models.DateTimeField(auto_now=True)
    filed_on = models.DateField("归档日", null=True, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    ledger_redact = ("docx", "pdf")

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            stored = type(self).objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored == self.FILED:
                raise Refused(
                    "会议记录已归档，不得修改",
                    "the minutes are filed and can no longer be changed",
                    "minutes",
                )
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        if self.status == self.FILED:
            raise Refused("会议记录已归档，不得删除", "the minutes are filed and cannot be deleted", "minutes")
        return super().delete(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def agency_id(self) -> int:
        return self.meeting.agency_id


class Decision(Versioned, models.Model):
    """What a passed item decided, to be carried out by the members in charge (follow-up ``workflow.Task``
    rows with ``ref`` = this decision). Changed only by a new vote of the same body (``superseded_by``)."""

    IN_FORCE, CHANGED, DONE = "in_force", "changed", "done"
    STATUSES = [(IN_FORCE, "执行中"), (CHANGED, "已变更"), (DONE, "已落实")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="meeting_decisions")
    item = models.OneToOneField(Item, on_delete=models.PROTECT, related_name="decision")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="decisions")
    text = models.TextField("决定事项")
    decided_on = models.DateField("决定日")
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=IN_FORCE)
    report_due = models.DateField("落实情况报送期限", null=True, blank=True)
    report_basis = models.CharField("期限计算", max_length=300, blank=True)
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )
    cites = models.JSONField("依据条款", default=list, blank=True)
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="meeting_decisions"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_on", "-id"]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def owner_id(self) -> int | None:
        return self.item.proposer_id
