"""Leave (请假条), outings (外出/公出审批单) and Tongyu's sick-leave pay (病假期间工资待遇审批).

What the texts ask, and where each fact goes (the checks decide; this module maps natural fields to facts):

- The approval matrix by rank and days — 文山 第三十四条(三) “科室人员请假2天以内由科室负责人批准,3天以上7天以内
  由分管领导批准,8天以上由局长批准…”; 区局《考勤管理办法(试行)》三(一) “请假半天的由科长(科室负责人)审批,超过半天
  在两天以内的…报分管局长审批,超过两天的…报局长审批” (《工作人员管理规定》四 for 公假 and 正副科长);
  白城 二(三)(四) “一般工作人员请假在1个工作日以内的,由科室负责人批准…” — is ``leave.request``'s.
  The form gives the rank (the org chart's post prevails), the kind and the first and last day; the check
  counts the days as the text means them (工作日 on the calendar in force: a 调休 Saturday is a working day,
  a holiday is not) and names the approvers.
- Entitlements — 白城 三(一) 年休假 5/10/15 天 by years of service, 三(五)(六)(七) 婚丧产假; 文山 第三十四条(二)1–5
  婚假、丧假、产假、探亲假 and 事假冲抵年休假 — are ``leave.entitlement``'s; the applicant's year so far (事假、病假、
  已休年休假) comes from their leave balance, which ``on_approved`` books.
- Sick certificates — 区局 三(一) “请假三天(含)以上的,应提供医务部门出具的检查、诊断、建议休假材料”; 白城 三(九) “请病假
  应持市级正规医院诊断书,急诊应有就诊医疗机构证明” — ``medical_certificate``; ``attachments_required`` names the
  papers whenever the check would refuse the leave without them, so the file itself is asked for.
- Outings — 文山 (五) 因公外出报告, 第三十五条(三) 外出办私事; 区局 《考勤管理办法》四 外出报告, 《工作人员管理规定》四4
  节假日出本市; 白城 二(五) 公出审批单 — ``leave.outing``.
- 通榆《事业单位工作人员病假期间生活待遇审批办法（试行）》 (S000-22) — ``sick_pay.approve``: the month of sick leave and
  years of service give the pay ratio and the amounts; the 诊断书、准假条、申请函 are required.

A leave in a year the working-day calendar does not know yet (no State Council notice) is counted on the
provisional calendar: the title and the printed sheet say so, and the leave record keeps the flag.
Dates in the wrong order, a span over 400 days, more days than the span holds: refused on the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.core.errors import BadInput
from zhidu.core.rules.model import BLOCKED

from . import register
from .base import Context, Kind, money

RANKS = [
    ("staff", "一般工作人员（科员） / staff"),
    ("section_head", "科室负责人（正副科长、科级干部） / section head"),
    ("deputy", "领导班子副职（副局长、处级干部） / deputy head"),
    ("chief", "单位主要领导 / head of the agency"),
]
LEAVE_CHOICES = [
    ("annual", "年休假 / annual leave"),
    ("personal", "事假 / personal leave"),
    ("sick", "病假 / sick leave"),
    ("marriage", "婚假 / marriage leave"),
    ("bereavement", "丧假 / bereavement leave"),
    ("maternity", "产假 / maternity leave"),
    ("paternity", "护理假（男方） / paternity leave"),
    ("home_visit", "探亲假 / home-visit leave"),
    ("special_personal", "特殊事假（白城） / special personal leave"),
    ("nursing", "哺乳假 / nursing leave"),
    ("official", "公假（含出差） / official leave"),
    ("comp", "补休 / compensatory leave"),
    ("other", "其他 / other"),
]
PURPOSES = [
    ("", "—"),
    ("own_affair", "非本人不能处理的事 / a matter only I can handle"),
    ("tourism", "出行旅游 / travel"),
    ("non_close_relative_event", "参加非近亲属婚丧嫁娶 / a non-close relative's wedding or funeral"),
    ("other_not_own", "其他非须本人处理的事 / other"),
]
RELATIONS = [
    ("", "—"),
    ("spouse", "配偶 / spouse"),
    ("parent", "父母 / parent"),
    ("child", "子女 / child"),
    ("parent_in_law", "岳父母、公婆 / parent-in-law"),
    ("grandparent", "祖父母、外祖父母 / grandparent"),
    ("grandchild", "孙子女 / grandchild"),
    ("sibling", "兄弟姐妹 / sibling"),
    ("other", "其他 / other"),
]
VISITS = [
    ("", "—"),
    ("spouse", "探望配偶 / visiting the spouse"),
    ("parents_unmarried", "未婚探望父母 / unmarried, visiting parents"),
    ("parents_married", "已婚探望父母 / married, visiting parents"),
]
SPECIAL = [
    ("", "—"),
    ("relative_care", "陪护病重病危亲属 / caring for a gravely ill relative"),
    ("parent_meeting", "家长会 / parents' meeting"),
    ("moving", "搬家、看守维修 / moving house, repairs"),
    ("study", "在职学习 / part-time study"),
    ("prenatal", "产前检查 / prenatal check"),
    ("nursing", "哺乳 / nursing"),
]
CATEGORIES = [
    ("", "—"),
    ("organ_division", "机关处级、副处级 / organ staff, division level"),
    ("organ_section", "机关科级、副科级 / organ staff, section level"),
    ("organ_clerk", "机关科员及以下 / organ staff, clerk"),
    ("inst_senior", "事业单位副处级、副高及以上 / institution, senior"),
    ("inst_middle", "事业单位科级、副科级、中级职称 / institution, middle"),
    ("inst_junior", "事业单位科员及以下 / institution, junior"),
    ("non_establishment", "编外人员 / non-establishment staff"),
]
YES_NO = [("yes", "是 / yes"), ("no", "否 / no")]
REPORTED = [
    ("section_head", "科室负责人 / section head"),
    ("deputy_in_charge", "分管领导 / leader in charge"),
    ("chief", "局长（主任） / head"),
    ("office", "办公室 / office"),
]
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


def label(zh: str, en: str) -> str:
    return f"{zh} / {en}"


def _in_range(value: dt.date) -> None:
    if not EARLIEST <= value <= LATEST:
        raise forms.ValidationError(f"日期应在 2000–2100 年之间 / the date must fall in 2000–2100: {value}")


def date_field(zh: str, en: str, *, required: bool = True, help_text: str = "") -> forms.DateField:
    return forms.DateField(label=label(zh, en), required=required, validators=[_in_range], help_text=help_text)


def choice(zh: str, en: str, choices: Sequence[tuple[str, str]], *, required: bool = False, **kw: Any) -> Any:
    return forms.ChoiceField(label=label(zh, en), choices=choices, required=required, **kw)


def flag(zh: str, en: str, help_text: str = "") -> forms.BooleanField:
    return forms.BooleanField(label=label(zh, en), required=False, help_text=help_text)


def number(zh: str, en: str, lo: int, hi: int, *, required: bool = False, help_text: str = "") -> forms.IntegerField:
    return forms.IntegerField(label=label(zh, en), required=required, min_value=lo, max_value=hi, help_text=help_text)


def days_field() -> forms.DecimalField:
    return forms.DecimalField(
        label=label("天数（含半天时填写）", "days (for half days)"),
        required=False,
        min_value=Decimal("0.5"),
        max_value=Decimal("400"),
        max_digits=4,
        decimal_places=1,
        help_text=label(
            "不填则按起止日期、依制度的计算方法计算", "left empty: counted from the dates as the text counts"
        ),
    )


def check_dates(form: forms.Form) -> None:
    """Dates in the right order, a span a person can be away, typed days that fit the span in half days."""
    from zhidu.attendance import service

    data = form.cleaned_data
    start, end = data.get("start"), data.get("end")
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        return
    try:
        service.check_span(start, end)
    except BadInput as exc:
        form.add_error("end", f"{exc.message_zh} / {exc.message_en}")
        return
    days = data.get("days")
    if days is not None:
        span = (end - start).days + 1
        if days * 2 != int(days * 2):
            form.add_error("days", "天数应以半天为单位 / days come in half days")
        elif days > span:
            form.add_error(
                "days",
                f"天数 {days} 超过起止日期之间的 {span} 天 / {days} days exceed the {span} days from start to end",
            )


def calendar_note(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """The provisional-calendar flag of a leave (“2027 年日历未发布，按临时日历推算”), or None."""
    from zhidu.attendance.leave_facts import _date
    from zhidu.workcalendar.service import calendar

    start, end = _date(data.get("start")), _date(data.get("end"))
    if start is None or end is None or end < start:
        return None
    cal = calendar()
    unknown = [y for y in range(start.year, end.year + 1) if cal.status(y) == "provisional"]
    if not unknown:
        return None
    years = "、".join(str(y) for y in unknown)
    return (
        f"{years} 年的节假日安排尚未发布，天数按临时日历（周末与法定节日）推算，发布后以正式安排为准",
        f"no State Council holiday notice for {', '.join(str(y) for y in unknown)} yet: days are counted on the "
        "provisional calendar (weekends and statutory holidays) until it is published",
    )


def papers_attached(ticked: bool, ctx: Context) -> bool:
    """Papers the text requires count once the applicant says so and, when the application exists (on
    submission), a file is attached to it: ticking the box alone does not submit a sick leave that needs a
    certificate."""
    app = ctx.extra.get("application") if ctx.extra else None
    if not ticked:
        return False
    if app is None or getattr(app, "pk", None) is None:
        return True
    return bool(app.attachments.exists())


class _LeaveKind(Kind):
    """Shared by the leave and outing kinds."""

    record_kind = "leave"

    def _data(self, data: Mapping[str, Any]) -> Any:
        from zhidu.attendance.leave_facts import LeaveData

        return LeaveData.of(data)

    def _agency(self, ctx: Context) -> Any:
        from zhidu.agencies.models import Agency

        return Agency.objects.get(slug=ctx.agency)

    def sheet(self, data: Mapping[str, Any]) -> Sequence[tuple[str, str]]:
        rows = list(super().sheet(data))
        note = calendar_note(data)
        if note is not None:
            rows.append(("日历", f"临时日历：{note[0]}"))
        return rows

    def on_approved(self, application: Any) -> None:
        from zhidu.attendance import service

        service.book_leave(application, kind=self.record_kind)


def rank_field() -> Any:
    return choice(
        "职级",
        "rank",
        RANKS,
        required=True,
        initial="staff",
        help_text=label("组织机构中有任职记录的，以任职为准", "the post the org chart records prevails"),
    )


class LeaveForm(forms.Form):
    leave_type = choice("假别", "kind of leave", LEAVE_CHOICES, required=True)
    rank = rank_field()
    start = date_field("开始日期", "first day")
    end = date_field("结束日期（含）", "last day (included)")
    days = days_field()
    reason = forms.CharField(label=label("事由", "reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    emergency = flag(
        "特殊紧急情况，已先口头（电话）请假",
        "an emergency: asked orally (by phone) first",
        help_text=label("事后须补办书面手续", "the written form is made up afterwards"),
    )
    medical_certificate = flag(
        "病假：附诊断书或医疗机构证明",
        "sick leave: a medical certificate is attached",
        help_text=label("须上传附件", "upload it as an attachment"),
    )
    purpose = choice("事假事由类别", "what the personal leave is for", PURPOSES)
    service_years = number("累计工作年限（满几年）", "full years of service", 0, 60)
    annual_base_days = number(
        "按国家规定应休年休假天数",
        "statutory annual leave (days)",
        0,
        30,
        help_text=label("文山制度未列年休假天数时填写", "for Wenshan, whose text sets none"),
    )
    sex = choice("性别", "sex", [("", "—"), ("male", "男 / male"), ("female", "女 / female")])
    age = number("登记结婚时周岁", "age at registration", 16, 80)
    first_marriage = choice("依法登记初婚", "first marriage", YES_NO, initial="yes")
    relation = choice("与死者关系（丧假）", "relation to the deceased", RELATIONS)
    difficult_birth = flag("难产", "difficult birth")
    babies = number("一胎生育婴儿数", "babies born", 1, 9)
    late_childbirth = flag("晚育", "late childbirth")
    one_child_certificate = flag("产假期间申领《独生子女父母光荣证》", "one-child certificate applied for")
    visit_kind = choice("探亲类别", "home visit", VISITS)
    last_visit_year = number("上次已婚探望父母的年份", "year of the last married-parents visit", 1950, 2100)
    special_kind = choice("特殊事假类别", "special personal leave", SPECIAL)
    requested_hours = forms.DecimalField(
        label=label("哺乳时间（小时）", "nursing hours"),
        required=False,
        min_value=Decimal("0"),
        max_value=Decimal("40"),
        max_digits=4,
        decimal_places=1,
    )
    nursing_weekly = flag("哺乳改为每周少上半天班", "nursing as a weekly half day")
    infant_age_months = number("婴儿月龄", "infant's age in months", 0, 60)
    pay_category = choice(
        "人员类别（区局事假扣减）",
        "staff category (district bureau deductions)",
        CATEGORIES,
        help_text=label("区局事假超过6天按日扣减，按此类别", "the district bureau deducts per day over six by it"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_dates(self)
        return data


@register
class LeaveRequest(_LeaveKind):
    """请假条: 事假、病假、年休假、婚丧产假、探亲假 … approved by rank and days as the agency's text sets them."""

    id = "leave.request"
    name_zh = "请假"
    name_en = "Leave request"
    domain = "leave"
    area = ""  # 分管领导 of the applicant's section, not of an area of work
    form = LeaveForm
    checks = ("leave.request", "leave.entitlement")
    cites = ("wenshan-hrss:38:3", "district-bureau:58:3.1", "district-bureau:34:4", "baicheng-fupin:12:2.4")

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.attendance import service

        if not service.applies(check_id, ctx.agency):
            return None
        d = self._data(data)
        agency = self._agency(ctx)
        if check_id == "leave.request":
            if d.leave_type == "comp":
                self._comp_available(d, agency, ctx)
            facts = d.request_facts(agency, ctx.on, ctx.applicant, ctx.section)
            if "medical_certificate" in facts:
                facts["medical_certificate"] = papers_attached(bool(facts["medical_certificate"]), ctx)
            return facts
        length = d.length(agency, ctx.on)
        requested = length
        if d.leave_type == "annual" and ctx.applicant is not None and getattr(ctx.applicant, "pk", None):
            # the year's annual leave is one quota: what was taken this year counts with this request
            requested = length + service.used(agency, ctx.applicant, d.start.year, "annual")
        return d.entitlement_facts(agency, ctx.on, ctx.applicant, requested=requested)

    def _comp_available(self, d: Any, agency: Any, ctx: Context) -> None:
        """补休 only as much as approved overtime earned (区局 三(二) “经分管局长批准,应当给予相应补休”)."""
        from zhidu.attendance import service

        row = service.balance(agency, ctx.applicant, d.start.year, "comp") if ctx.applicant is not None else None
        left = (row.entitled or Decimal(0)) - row.used if row is not None else Decimal(0)
        want = d.length(agency, ctx.on)
        if want > left:
            raise BadInput(
                f"补休 {want} 天，超过经批准加班可补休的 {left} 天"
                "（《考勤管理办法(试行)》三(二)：经分管局长批准在公休日、节假日安排加班的…应当给予相应补休）",
                f"{want} days of compensatory leave exceed the {left} days earned by approved overtime "
                "(district-bureau:58:3.2)",
                "days",
            )

    def title(self, data: Mapping[str, Any]) -> str:
        kinds = dict(LEAVE_CHOICES)
        lt = str(kinds.get(str(data.get("leave_type")), "请假")).split(" / ")[0]
        text = f"请假：{lt} {data.get('start')}至{data.get('end')}"
        if data.get("days") not in (None, ""):
            text += f"（{data.get('days')} 天）"
        if calendar_note(data) is not None:
            text += "（临时日历）"
        return text

    def attachments_required(self, data: Mapping[str, Any], ctx: Context) -> list[tuple[str, str, list[str]]]:
        """The papers the agency's text requires with this leave, as (zh, en, clauses): asked for whenever
        ``leave.request`` would refuse the leave without them (区局 病假三天(含)以上; 白城 病假)."""
        from zhidu.attendance import service
        from zhidu.workflow import service as wf

        d = self._data(data)
        if d.leave_type != "sick" or not service.applies("leave.request", ctx.agency):
            return []
        agency = self._agency(ctx)
        facts = d.request_facts(agency, ctx.on, ctx.applicant, ctx.section)
        without = wf.evaluate("leave.request", agency, ctx.on, {**facts, "medical_certificate": False})
        with_ = wf.evaluate("leave.request", agency, ctx.on, {**facts, "medical_certificate": True})
        kept = {f.rule_id for f in with_.findings if f.outcome is BLOCKED}
        needed = [f for f in without.findings if f.outcome is BLOCKED and f.rule_id not in kept]
        if not needed:
            return []
        return [("诊断书或医疗机构证明", "a medical certificate", [c.id for f in needed for c in f.citations])]


class OutingForm(forms.Form):
    outing_kind = choice(
        "外出类别",
        "kind of outing",
        [("official", "因公外出（公出） / official"), ("private", "因私外出（办私事、提前下班） / private")],
        required=True,
    )
    rank = rank_field()
    start = date_field("外出日期", "first day")
    end = date_field("返回日期", "last day")
    days = days_field()
    destination = forms.CharField(label=label("去向", "destination"), max_length=200)
    leaves_city = choice("离开城区（出本市）", "leaves the city", YES_NO, initial="yes", required=True)
    reason = forms.CharField(label=label("事由", "purpose"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    reported_to = forms.MultipleChoiceField(
        label=label("已报告", "already reported to"),
        choices=REPORTED,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_dates(self)
        return data


@register
class Outing(_LeaveKind):
    """外出/公出: 因公外出报告（文山、区局）、公出审批单（白城科级以上）、节假日出本市（区局）、
    外出办私事（文山、区局）."""

    id = "leave.outing"
    name_zh = "外出（公出）"
    name_en = "Outing"
    domain = "leave"
    area = ""  # 分管领导 of the applicant's section, not of an area of work
    form = OutingForm
    checks = ("leave.outing",)
    cites = ("wenshan-hrss:38:5", "district-bureau:58:4", "district-bureau:34:4.4", "baicheng-fupin:12:2.5")
    record_kind = "outing"

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.attendance import service

        if not service.applies(check_id, ctx.agency):
            return None
        return self._data(data).outing_facts(self._agency(ctx), ctx.on, ctx.applicant)

    def title(self, data: Mapping[str, Any]) -> str:
        kind = "因公外出" if data.get("outing_kind") == "official" else "因私外出"
        return f"{kind}：{data.get('destination', '')} {data.get('start')}至{data.get('end')}"[:300]


# --- 通榆 sick-leave pay ------------------------------------------------------------------------------------

GRADES = [
    ("tertiary_a", "三甲 / tertiary A"),
    ("tertiary_b", "三乙 / tertiary B"),
    ("tertiary_c", "三丙 / tertiary C"),
    ("secondary_a", "二甲 / secondary A"),
    ("secondary_b", "二乙 / secondary B"),
    ("secondary_c", "二丙 / secondary C"),
    ("primary", "一级 / primary"),
    ("other", "其他 / other"),
]


def money_field(zh: str, en: str, *, required: bool = False) -> forms.DecimalField:
    return forms.DecimalField(
        label=label(zh, en),
        required=required,
        min_value=Decimal("0"),
        max_value=Decimal("1000000"),
        max_digits=9,
        decimal_places=2,
    )


class SickPayForm(forms.Form):
    employee_name = forms.CharField(label=label("病假职工姓名", "employee on sick leave"), max_length=50)
    employer = forms.CharField(label=label("所在单位", "employer (public institution)"), max_length=100)
    service_years = number("工作年限（满几年）", "full years of service", 0, 60, required=True)
    sick_since = date_field("病假开始日期", "first day of sick leave")
    pay_month = date_field(
        "计发工资所属日期", "the day the pay is for", help_text=label("如计发当月的任一日", "any day of the month paid")
    )
    basic_wage = money_field("本人工资（基本工资，元/月）", "basic wage per month", required=True)
    performance_pay = money_field("病休前绩效工资（元/月）", "performance pay before the leave")
    hardship_allowance = money_field("艰苦边远津贴（元/月）", "hardship allowance")
    hospital_grade = choice("出具诊断书医院等级", "hospital grade", GRADES, required=True)
    diagnosis_until = date_field("诊断书标明的病假期限截止日", "end of the certified sick period", required=False)
    request_letter = flag("主管部门已向人社局发函申请", "the supervising department's request letter")
    diagnosis = flag("已附标明病假期限的医学诊断书", "diagnosis stating the sick-leave period attached")
    leave_slip = flag("已附单位主要领导批准的准假条", "leave slip approved by the principal leader attached")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, pay, until = data.get("sick_since"), data.get("pay_month"), data.get("diagnosis_until")
        if isinstance(since, dt.date) and isinstance(pay, dt.date) and pay < since:
            self.add_error("pay_month", f"计发日期早于病假开始日期 / the pay date {pay} is before the sick leave began")
        if isinstance(since, dt.date) and isinstance(until, dt.date) and until < since:
            self.add_error(
                "diagnosis_until", "诊断书期限早于病假开始日期 / the certified period ends before the sick leave began"
            )
        if isinstance(since, dt.date) and isinstance(pay, dt.date) and (pay - since).days > 50 * 366:
            self.add_error("sick_since", "病假超过50年，请核对日期 / over fifty years of sick leave: check the dates")
        return data


@register
class SickPay(Kind):
    """通榆县人社局 审批事业单位工作人员病假期间工资待遇: 病假两个月以内发原工资；第三至六个月不满十年 90%、满十年照发；
    第七个月起不满十年 70%、满十年 80% (S000-22, tongyu-hrss:22)."""

    id = "leave.sick_pay"
    name_zh = "病假期间工资待遇审批"
    name_en = "Sick-leave pay"
    domain = "leave"
    area = ""  # 分管领导 of the applicant's section, not of an area of work
    form = SickPayForm
    checks = ("sick_pay.approve",)
    cites = ("tongyu-hrss:22:3",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.attendance.leave_facts import _date

        facts: dict[str, Any] = {
            "service_years": int(data["service_years"]),
            "sick_since": _iso(data.get("sick_since")),
            "pay_date": _iso(data.get("pay_month")),
            "basic_wage": money(data["basic_wage"]),
            "hospital_grade": data["hospital_grade"],
            "request_letter": papers_attached(bool(data.get("request_letter")), ctx),
            "diagnosis": papers_attached(bool(data.get("diagnosis")), ctx),
            "leave_slip": papers_attached(bool(data.get("leave_slip")), ctx),
        }
        for key in ("performance_pay", "hardship_allowance"):
            if data.get(key) not in (None, ""):
                facts[key] = money(data[key])
        if _date(data.get("diagnosis_until")) is not None:
            facts["diagnosis_until"] = _iso(data.get("diagnosis_until"))
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        return (
            f"病假期间工资待遇：{data.get('employer', '')} {data.get('employee_name', '')}（{data.get('pay_month')}）"[
                :300
            ]
        )

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return None  # the pay for the month is the verdict's figure (ratio by month and years of service)

    def attachments_required(self, data: Mapping[str, Any], ctx: Context) -> list[tuple[str, str, list[str]]]:
        return [
            ("主管部门申请函", "the supervising department's request letter", ["tongyu-hrss:22:3"]),
            (
                "二甲以上医院出具标明病假期限的医学诊断书",
                "the diagnosis (grade 2A hospital or higher)",
                ["tongyu-hrss:22:3"],
            ),
            ("单位主要领导批准的准假条", "the leave slip approved by the principal leader", ["tongyu-hrss:22:3"]),
        ]


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if value not in (None, "") else None
