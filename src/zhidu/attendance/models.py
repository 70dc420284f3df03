"""Leave taken and its balance, daily attendance and what it adds up to, the duty roster (考勤、请休假、值班).

- ``LeaveRecord`` 请假（外出）记录: one approved 请假条 or 外出/公出单 (``zhidu.approvals`` books it when the last
  approver signs), its days counted as the text counts them (working days across 调休 weekends, or calendar
  days), whether that count rests on a provisional calendar, and its closing (销假) with the verdict kept.
- ``LeaveBalance`` 假期台账: per person, year and kind of leave, what the text entitles and what was taken.
- ``AttendanceRecord`` 考勤记录: one person's day (到岗、离岗, late, early, absent), entered or imported from a
  CSV (``AttendanceImport``); ``Absence`` 缺勤/旷工: what the records add up to under the agency's rules
  (four late arrivals = one day at Wenshan, unexcused absence = 旷工, overstaying a leave).
- ``MonthlySheet`` 月度考勤表: a month's summary per person, signed and sent to the office.
- ``DutyShift`` 值班表 with its leader on duty (带班领导) and ``DutyLog`` 值班记录 (handover, reports, calls).

``zhidu.attendance.service`` is the only writer; each change carries the verdict and citations of the check
that allowed it (or notes that the agency's text has none) in the ledger.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned

LEAVE_TYPES = [
    ("annual", "年休假"),
    ("personal", "事假"),
    ("sick", "病假"),
    ("marriage", "婚假"),
    ("bereavement", "丧假"),
    ("maternity", "产假"),
    ("paternity", "护理假"),
    ("home_visit", "探亲假"),
    ("special_personal", "特殊事假"),
    ("nursing", "哺乳假"),
    ("official", "公假（出差）"),
    ("comp", "补休"),
    ("other", "其他假"),
]
LEAVE_ZH = dict(LEAVE_TYPES)
LEAVE_EN = {
    "annual": "annual leave",
    "personal": "personal leave",
    "sick": "sick leave",
    "marriage": "marriage leave",
    "bereavement": "bereavement leave",
    "maternity": "maternity leave",
    "paternity": "paternity leave",
    "home_visit": "home-visit leave",
    "special_personal": "special personal leave",
    "nursing": "nursing leave",
    "official": "official leave (trip)",
    "comp": "compensatory leave",
    "other": "other leave",
}
OUTING_TYPES = [("official_outing", "因公外出（公出）"), ("private_outing", "因私外出")]
RECORD_TYPES = LEAVE_TYPES + OUTING_TYPES
UNITS = [("working_days", "工作日"), ("days", "日历日")]


def _days() -> models.DecimalField:
    return models.DecimalField(max_digits=6, decimal_places=1, default=Decimal("0"))


class LeaveRecord(Versioned, models.Model):
    APPROVED, CLOSED = "approved", "closed"
    STATUSES = [(APPROVED, "已批准（未销假）"), (CLOSED, "已销假")]
    LEAVE, OUTING = "leave", "outing"

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="leave_records")
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="leave_records"
    )
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="leave_records")
    person_name = models.CharField("请假人", max_length=50)
    application = models.OneToOneField(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="leave_record"
    )
    kind = models.CharField("类别", max_length=10, choices=[(LEAVE, "请假"), (OUTING, "外出")], default=LEAVE)
    leave_type = models.CharField("假别", max_length=20, choices=RECORD_TYPES)
    start = models.DateField("开始日期")
    end = models.DateField("结束日期（含）")
    days = _days()
    unit = models.CharField("计算单位", max_length=12, choices=UNITS)
    provisional = models.BooleanField("依据临时日历", default=False)
    calendar_note = models.CharField("日历说明", max_length=300, blank=True)
    reason = models.CharField("事由", max_length=500, blank=True)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=APPROVED, db_index=True)
    returned_on = models.DateField("到岗日期", null=True, blank=True)
    closed_on = models.DateField("销假日期", null=True, blank=True)
    overstay_days = _days()
    filed_on = models.DateField("备案日期", null=True, blank=True)
    deduction = models.DecimalField("事假扣减（元）", max_digits=10, decimal_places=2, null=True, blank=True)
    verdicts = models.JSONField("批准时的校验结论", default=list, blank=True)
    close_verdict = models.JSONField("销假校验结论", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start", "-id"]
        indexes = [models.Index(fields=["agency", "person", "start"]), models.Index(fields=["agency", "status"])]

    def __str__(self) -> str:
        return f"{self.person_name} {self.get_leave_type_display()} {self.start}–{self.end}"

    @property
    def owner_id(self) -> int:  # zhidu.access own_record
        return self.person_id

    @property
    def open(self) -> bool:
        return self.status == self.APPROVED


class LeaveBalance(Versioned, models.Model):
    """假期台账: what a person may take of one kind of leave in one year, and what they took."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="leave_balances")
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="leave_balances"
    )
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="leave_balances")
    person_name = models.CharField("姓名", max_length=50)
    year = models.PositiveSmallIntegerField("年度")
    leave_type = models.CharField("假别", max_length=20, choices=LEAVE_TYPES)
    entitled = models.DecimalField("可享受天数", max_digits=6, decimal_places=1, null=True, blank=True)
    used = _days()
    basis = models.CharField("依据", max_length=500, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)

    class Meta:
        ordering = ["person_name", "year", "leave_type"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "person", "year", "leave_type"], name="attendance_balance_unique")
        ]

    def __str__(self) -> str:
        return f"{self.person_name} {self.year} {self.get_leave_type_display()} {self.used}/{self.entitled}"

    @property
    def owner_id(self) -> int:
        return self.person_id

    @property
    def remaining(self) -> Decimal | None:
        return None if self.entitled is None else self.entitled - self.used


class AttendanceImport(models.Model):
    """One CSV file of sign-in records, accepted whole (a bad row refuses the file)."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="attendance_imports")
    file_name = models.CharField("文件名", max_length=200)
    sha256 = models.CharField(max_length=64)
    rows = models.PositiveIntegerField("行数")
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    @property
    def owner_id(self) -> int:
        return self.imported_by_id


class AttendanceRecord(Versioned, models.Model):
    PRESENT, ABSENT, LEAVE, OFFICIAL = "present", "absent", "leave", "official"
    STATUSES = [(PRESENT, "出勤"), (ABSENT, "未到岗"), (LEAVE, "请假"), (OFFICIAL, "公出")]
    MANUAL, IMPORT = "manual", "import"

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="attendance_records")
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="attendance_records"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="attendance_records"
    )
    person_name = models.CharField("姓名", max_length=50)
    day = models.DateField("日期")
    status = models.CharField("出勤情况", max_length=10, choices=STATUSES, default=PRESENT)
    arrived_at = models.TimeField("到岗时刻", null=True, blank=True)
    left_at = models.TimeField("离岗时刻", null=True, blank=True)
    late = models.BooleanField("迟到", default=False)
    left_early = models.BooleanField("早退", default=False)
    note = models.CharField("备注", max_length=300, blank=True)
    source = models.CharField(max_length=10, choices=[(MANUAL, "录入"), (IMPORT, "导入")], default=MANUAL)
    batch = models.ForeignKey(AttendanceImport, null=True, blank=True, on_delete=models.PROTECT, related_name="records")
    verdict = models.JSONField("校验结论", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-day", "person_name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "person_name", "day"], name="attendance_record_unique")
        ]
        indexes = [models.Index(fields=["agency", "day"])]

    def __str__(self) -> str:
        return f"{self.person_name} {self.day} {self.get_status_display()}"

    @property
    def owner_id(self) -> int | None:
        return self.person_id


class Absence(models.Model):
    """缺勤/旷工 derived from the records: its days, how they were counted and the clause that counts them."""

    LATENESS, ABSENTEEISM, OVERSTAY, UNREPORTED = "lateness", "absenteeism", "overstay", "unreported"
    KINDS = [
        (LATENESS, "缺勤（迟到早退折算）"),
        (ABSENTEEISM, "旷工"),
        (OVERSTAY, "旷工（假满逾期不归）"),
        (UNREPORTED, "擅自离岗"),
    ]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="absences")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="absences"
    )
    person_name = models.CharField("姓名", max_length=50)
    kind = models.CharField("类别", max_length=12, choices=KINDS)
    day = models.DateField("日期（折算的为所属月份末日）")
    month = models.CharField("月份", max_length=7, db_index=True)
    days = _days()
    basis = models.CharField("计算", max_length=500)
    source = models.CharField("来源", max_length=120)
    verdict = models.JSONField("校验结论", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "person_name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "person_name", "kind", "source"], name="attendance_absence_once")
        ]

    def __str__(self) -> str:
        return f"{self.person_name} {self.get_kind_display()} {self.days}"

    @property
    def owner_id(self) -> int | None:
        return self.person_id


class MonthlySheet(Versioned, models.Model):
    DRAFT, SUBMITTED = "draft", "submitted"
    STATUSES = [(DRAFT, "未报送"), (SUBMITTED, "已报送")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="attendance_sheets")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    month = models.CharField("月份", max_length=7)
    rows = models.JSONField("逐人汇总", default=list)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=DRAFT)
    signatures = models.JSONField("签字", default=list, blank=True)  # [{"role", "user_id", "name", "on"}]
    forms_attached = models.BooleanField("已附请假单等材料", default=True)
    submitted_on = models.DateField("报送日期", null=True, blank=True)
    verdict = models.JSONField("报送校验结论", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-month", "id"]
        indexes = [models.Index(fields=["agency", "month"])]

    def __str__(self) -> str:
        return f"{self.month} {self.section or ''}"

    @property
    def owner_id(self) -> int:
        return self.created_by_id


class DutyShift(Versioned, models.Model):
    """One shift of the duty roster (值班表): the day, the leader on duty (带班领导) and the person on duty."""

    DAY, NIGHT, FULL = "day", "night", "full"
    SHIFTS = [(DAY, "白班"), (NIGHT, "夜班"), (FULL, "全天（24小时）")]
    SCHEDULED, APPROVED = "scheduled", "approved"
    STATUSES = [(SCHEDULED, "已排班"), (APPROVED, "已批准执行")]
    LEADER_RANKS = [
        ("division", "正处级"),
        ("deputy_division", "副处级"),
        ("section", "正科级"),
        ("deputy_section", "副科级"),
        ("staff", "一般干部"),
    ]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="duty_shifts")
    day = models.DateField("值班日期")
    shift = models.CharField("班次", max_length=5, choices=SHIFTS, default=FULL)
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="duty_leads"
    )
    leader_name = models.CharField("带班领导", max_length=50, blank=True)
    leader_rank = models.CharField("带班领导职级", max_length=16, choices=LEADER_RANKS, blank=True)
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="duty_shifts"
    )
    staff_name = models.CharField("值班人员", max_length=50)
    holiday = models.BooleanField("节假日值班", default=False)
    holiday_name = models.CharField("节日", max_length=40, blank=True)
    statutory = models.BooleanField("法定节日", default=False)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=SCHEDULED)
    application = models.ForeignKey(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="duty_shifts"
    )
    verdict = models.JSONField("排班校验结论", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    daily_wage = models.DecimalField("日工资（元）", max_digits=10, decimal_places=2, null=True, blank=True)
    paid = models.DecimalField("已发值班报酬（元）", max_digits=10, decimal_places=2, null=True, blank=True)
    pay_verdict = models.JSONField("报酬校验结论", default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day", "shift", "id"]
        constraints = [models.UniqueConstraint(fields=["agency", "day", "shift"], name="attendance_shift_unique")]

    def __str__(self) -> str:
        return f"{self.day} {self.get_shift_display()} {self.leader_name}/{self.staff_name}"

    @property
    def owner_id(self) -> int | None:
        return self.staff_id


class DutyLog(models.Model):
    """值班记录: a handover, a report (突发事件、重特大安全事件、上访), a phone call or a document."""

    KINDS = [
        ("handover", "交接班"),
        ("emergency", "突发事件"),
        ("major_safety_incident", "重特大安全事件"),
        ("petitioner", "上访/来访"),
        ("phone_call", "电话"),
        ("document", "文件、传真、信函"),
    ]

    shift = models.ForeignKey(DutyShift, on_delete=models.PROTECT, related_name="logs")
    kind = models.CharField("类别", max_length=24, choices=KINDS)
    at = models.DateTimeField("时间")
    content = models.CharField("内容", max_length=2000)
    reported_to = models.JSONField("已报告", default=list, blank=True)
    opinion = models.CharField("处理意见", max_length=1000, blank=True)
    result = models.CharField("处理结果", max_length=1000, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    verdict = models.JSONField("校验结论", default=dict, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()}"
