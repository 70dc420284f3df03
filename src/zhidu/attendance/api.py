"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/attendance/.

Leave (resource ``record``: a person's own, their section's for its head, the agency's for its leaders):
    GET  /leave?agency=&status=              approved leave and outings, with the verdicts kept
    GET  /leave/{id}                         one, with its 销假 verdict
    POST /leave/{id}/close                   销假 {returned_on, closed_on?, extension?, extended_to?, …}
    POST /leave/{id}/file                    备案 with the office {filed_on}            (resource ``attendance``)
    GET  /balances?agency=&year=             假期台账: entitled, used, remaining
Attendance (resource ``attendance``, kept by the office):
    GET  /records?agency=&month=             daily sign-in records
    POST /records                            one day of one person
    POST /records/import                     a CSV file; bad rows refuse the file, each with its line number
    GET  /absences?agency=&month=            缺勤/旷工 derived from the records
    POST /absences/derive                    {agency, month}
    GET  /sheets?agency=&month=  · POST /sheets {agency, month, section?}
    GET  /sheets/{id} · POST /sheets/{id}/sign {role} · POST /sheets/{id}/submit {forms_attached}
Duty (resource ``duty``):
    GET  /duty/shifts?agency=&month= · POST /duty/shifts · GET /duty/shifts/{id}
    POST /duty/shifts/{id}/logs              值班记录 (reports refused, with the clause, until made)
    POST /duty/shifts/{id}/pay               法定节日值班报酬

Errors are the API's: bad input 422 naming the field (a refusal by the rules carries the verdict), unknown
object or another agency's 404, not allowed 403, all in Chinese and English.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from types import SimpleNamespace
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from pydantic import AfterValidator

from zhidu.access import authorize, fetch, requires, scoped
from zhidu.agencies.models import Agency
from zhidu.api.schemas import MAX_ID, ErrorOut
from zhidu.core.errors import NotFound

from . import service
from .models import (
    LEAVE_ZH,
    Absence,
    AttendanceRecord,
    DutyLog,
    DutyShift,
    LeaveBalance,
    LeaveRecord,
    MonthlySheet,
)

router = Router()
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
SLUG = re.compile(r"[-a-z0-9]{1,40}")
MONTH_RE = r"^(20\d\d|2100)-(0[1-9]|1[0-2])$"


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("NUL")
    return value


def text(max_length: int, description: str, default: Any = ..., **kw: Any) -> Any:
    return Field(default, max_length=max_length, description=description, **kw)


Text = Annotated[str, AfterValidator(_no_nul)]
Id = Annotated[int, Path(description="编号 / id", ge=1, le=MAX_ID)]


def agency_of(slug: str, field_name: str = "agency") -> Agency:
    if not SLUG.fullmatch(slug or ""):
        raise NotFound(f"没有机构 {str(slug)[:40]!r}", f"no agency {str(slug)[:40]!r}", field_name)
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise NotFound(f"没有机构 {slug!r}", f"no agency {slug!r}", field_name)
    return agency


def _section(agency: Agency, section_id: int | None) -> Any:
    from zhidu.org.models import Section

    if section_id is None:
        return None
    row = Section.objects.filter(agency=agency, pk=section_id).first()
    if row is None:
        raise NotFound(f"{agency.name}没有编号为 {section_id} 的科室", f"no section {section_id}", "section")
    return row


def spot(agency: Agency, section: Any = None, owner: Any = None) -> SimpleNamespace:
    """A record about to be written, as the permission table places it: its agency, section, owner."""
    return SimpleNamespace(
        agency_id=agency.pk, section_id=getattr(section, "pk", None), owner_id=getattr(owner, "pk", None)
    )


# --- shapes -----------------------------------------------------------------------------------------

VERDICT = "校验结论（结论、各规则的说明与引用条款）/ the verdict: outcome, each rule's finding and the clauses cited"
CITES = "依据条款的引用编号 / citation ids of the clauses relied on"


class LeaveOut(Schema):
    id: int = Field(description="编号 / id")
    agency: str = Field(description="机构 / agency")
    person: str = Field(description="请假人 / who")
    kind: str = Field(description="leave 请假 · outing 外出")
    leave_type: str = Field(description="假别 / kind of leave (annual, personal, sick …, official_outing)")
    leave_type_zh: str = Field(description="假别中文 / kind of leave in Chinese")
    start: dt.date = Field(description="开始日期 / first day")
    end: dt.date = Field(description="结束日期（含）/ last day")
    days: str = Field(description="天数 / days")
    unit: str = Field(description="working_days 工作日 · days 日历日 / how the days are counted")
    provisional: bool = Field(description="依据临时日历（该年节假日安排未发布）/ counted on a provisional calendar")
    calendar_note: str = Field(description="天数计算说明 / how the days were counted")
    status: str = Field(description="approved 已批准未销假 · closed 已销假")
    returned_on: dt.date | None = Field(description="到岗日期 / back at work on")
    closed_on: dt.date | None = Field(description="销假日期 / closed on")
    overstay_days: str = Field(description="逾期不归的工作日 / working days overstayed")
    filed_on: dt.date | None = Field(description="备案日期 / filed with the office on")
    deduction: str | None = Field(description="事假扣减（元，区局）/ pay deducted for personal leave (yuan)")
    application: int | None = Field(description="审批单编号 / the approval it books")
    verdicts: list[dict[str, Any]] = Field(description="批准及备案时的校验结论 / verdicts kept on approval and filing")
    close_verdict: dict[str, Any] = Field(description="销假时的校验结论 / the verdict on closing")
    cites: list[str] = Field(description=CITES)
    version: int = Field(description="版本（并发控制）/ version for concurrent edits")


def leave_out(r: LeaveRecord) -> LeaveOut:
    return LeaveOut(
        id=r.pk,
        agency=r.agency.slug,
        person=r.person_name,
        kind=r.kind,
        leave_type=r.leave_type,
        leave_type_zh=r.get_leave_type_display(),
        start=r.start,
        end=r.end,
        days=str(r.days),
        unit=r.unit,
        provisional=r.provisional,
        calendar_note=r.calendar_note,
        status=r.status,
        returned_on=r.returned_on,
        closed_on=r.closed_on,
        overstay_days=str(r.overstay_days),
        filed_on=r.filed_on,
        deduction=None if r.deduction is None else str(r.deduction),
        application=r.application_id,
        verdicts=list(r.verdicts),
        close_verdict=dict(r.close_verdict),
        cites=list(r.cites),
        version=r.version,
    )


class BalanceOut(Schema):
    id: int = Field(description="编号 / id")
    agency: str = Field(description="机构 / agency")
    person: str = Field(description="姓名 / person")
    year: int = Field(description="年度 / year")
    leave_type: str = Field(description="假别 / kind of leave")
    leave_type_zh: str = Field(description="假别中文 / kind of leave in Chinese")
    entitled: str | None = Field(
        description="可享受天数（制度未设上限时为空）/ days entitled, null if the text sets none"
    )
    used: str = Field(description="已休天数 / days taken")
    remaining: str | None = Field(description="剩余天数 / days left")
    basis: str = Field(description="可享受天数的依据 / how the entitlement was found")
    cites: list[str] = Field(description=CITES)


def balance_out(b: LeaveBalance) -> BalanceOut:
    return BalanceOut(
        id=b.pk,
        agency=b.agency.slug,
        person=b.person_name,
        year=b.year,
        leave_type=b.leave_type,
        leave_type_zh=LEAVE_ZH.get(b.leave_type, b.leave_type),
        entitled=None if b.entitled is None else str(b.entitled),
        used=str(b.used),
        remaining=None if b.remaining is None else str(b.remaining),
        basis=b.basis,
        cites=list(b.cites),
    )


class CloseIn(Schema):
    returned_on: dt.date = Field(description="回到工作岗位的日期 / day back at work")
    closed_on: dt.date | None = Field(default=None, description="销假日期，默认到岗日 / day closed, default the same")
    extension: Literal["none", "approved", "refused"] = Field(
        default="none", description="续假：none 未续假 · approved 审批人已准 · refused 未获批准 / extension"
    )
    extended_to: dt.date | None = Field(default=None, description="准予续假至 / extended to (last day)")
    slip_submitted_on: dt.date | None = Field(
        default=None, description="补交书面请假条日期（先口头请假的）/ day the written slip was made up"
    )
    version: int | None = Field(default=None, ge=1, le=MAX_ID, description="所见版本 / the version you saw")


class FileIn(Schema):
    filed_on: dt.date = Field(description="送办公室（人事教育科）备案的日期 / day filed with the office")


class LeaveFilter(Schema):
    agency: Text | None = text(40, "机构 / agency", None)
    status: Literal["approved", "closed"] | None = Field(None, description="状态 / status")


@router.get("/leave", response={200: list[LeaveOut], **ERRORS}, summary="请假与外出记录 / leave and outings")
@requires("record", "read")
def list_leave(request: HttpRequest, filters: Query[LeaveFilter]) -> list[LeaveOut]:
    """本人可见的已批准请假、外出记录（本人的；科室负责人本科室的；领导本机构的），最新在前。
    / Approved leave and outings the user may see, newest first."""
    qs = LeaveRecord.objects.select_related("agency")
    if filters.agency:
        qs = qs.filter(agency=agency_of(filters.agency))
    if filters.status:
        qs = qs.filter(status=filters.status)
    return [leave_out(r) for r in scoped(request, "record", qs)[:500]]


@router.get("/leave/{leave_id}", response={200: LeaveOut, **ERRORS}, summary="一条请假记录 / one leave record")
@requires("record", "read")
def get_leave(request: HttpRequest, leave_id: Id) -> LeaveOut:
    """请假记录及批准、销假时的校验结论。 / A leave record with the verdicts kept on approval and closing."""
    return leave_out(fetch(request, "read", "record", LeaveRecord.objects.select_related("agency"), pk=leave_id))


@router.post("/leave/{leave_id}/close", response={200: LeaveOut, **ERRORS}, summary="销假 / close a leave")
@requires("record", "update")
def close_leave(request: HttpRequest, leave_id: Id, body: CloseIn) -> LeaveOut:
    """销假：登记到岗和销假日期。逾期不归按旷工、逾期销假等结论随记录保存并生成缺勤记录，不拒绝登记事实。
    / Close a leave: the day back and the day closed. Overstaying (旷工) or closing late is kept with the record
    and an absence is derived; the fact is never refused."""
    record = fetch(
        request, "update", "record", LeaveRecord.objects.select_related("agency", "application"), pk=leave_id
    )
    record = service.close_leave(
        record,
        returned_on=body.returned_on,
        closed_on=body.closed_on,
        extension=body.extension,
        extended_to=body.extended_to,
        slip_submitted_on=body.slip_submitted_on,
        expected_version=body.version,
    )
    return leave_out(record)


@router.post("/leave/{leave_id}/file", response={200: LeaveOut, **ERRORS}, summary="备案 / file with the office")
@requires("attendance", "write")
def file_leave(request: HttpRequest, leave_id: Id, body: FileIn) -> LeaveOut:
    """办公室（人事教育科）登记批准的请假条已备案；逾期备案的结论随记录保存。
    / The office records that the approved slip was filed; a late filing is kept with its verdict."""
    record = LeaveRecord.objects.select_related("agency", "application").filter(pk=leave_id).first()
    if record is None:
        raise NotFound("找不到该资源", "Not found.", "leave_id")
    authorize(request, "write", "attendance", spot(record.agency, record.section, record.person))
    return leave_out(service.file_leave(record, filed_on=body.filed_on))


class BalanceFilter(Schema):
    agency: Text | None = text(40, "机构 / agency", None)
    year: int | None = Field(None, ge=2000, le=2100, description="年度 / year")


@router.get("/balances", response={200: list[BalanceOut], **ERRORS}, summary="假期台账 / leave balances")
@requires("record", "read")
def list_balances(request: HttpRequest, filters: Query[BalanceFilter]) -> list[BalanceOut]:
    """每人每年每种假期的可享受、已休、剩余天数及依据。 / Per person, year and kind: entitled, taken, left, basis."""
    qs = LeaveBalance.objects.select_related("agency")
    if filters.agency:
        qs = qs.filter(agency=agency_of(filters.agency))
    if filters.year:
        qs = qs.filter(year=filters.year)
    return [balance_out(b) for b in scoped(request, "record", qs)[:1000]]


# --- attendance records -----------------------------------------------------------------------------------


class RecordOut(Schema):
    id: int = Field(description="编号 / id")
    agency: str = Field(description="机构 / agency")
    person: str = Field(description="姓名 / person")
    day: dt.date = Field(description="日期 / day")
    status: str = Field(description="present 出勤 · absent 未到岗 · leave 请假 · official 公出")
    arrived_at: str | None = Field(description="到岗时刻 / arrival HH:MM")
    left_at: str | None = Field(description="离岗时刻 / departure HH:MM")
    late: bool = Field(description="迟到 / late")
    left_early: bool = Field(description="早退 / left early")
    note: str = Field(description="备注 / note")
    source: str = Field(description="manual 录入 · import 导入")
    verdict: dict[str, Any] = Field(description=VERDICT)
    cites: list[str] = Field(description=CITES)


def record_out(r: AttendanceRecord) -> RecordOut:
    return RecordOut(
        id=r.pk,
        agency=r.agency.slug,
        person=r.person_name,
        day=r.day,
        status=r.status,
        arrived_at=r.arrived_at.strftime("%H:%M") if r.arrived_at else None,
        left_at=r.left_at.strftime("%H:%M") if r.left_at else None,
        late=r.late,
        left_early=r.left_early,
        note=r.note,
        source=r.source,
        verdict=dict(r.verdict),
        cites=list(r.cites),
    )


HHMM = r"^([01]?\d|2[0-3]):[0-5]\d$"


class RecordIn(Schema):
    agency: Text = text(40, "机构 / agency")
    person_name: Text = text(50, "姓名 / person", min_length=1)
    username: Text = text(150, "账号（可空，有则关联）/ account, optional", "")
    section: int | None = Field(None, ge=1, le=MAX_ID, description="科室编号（可空）/ section id, optional")
    day: dt.date = Field(description="日期 / day")
    status: Literal["present", "absent", "leave", "official"] = Field(
        "present", description="present 出勤 · absent 未到岗 · leave 请假 · official 公出"
    )
    arrived_at: Text | None = Field(None, max_length=5, pattern=HHMM, description="到岗时刻 HH:MM / arrival")
    left_at: Text | None = Field(None, max_length=5, pattern=HHMM, description="离岗时刻 HH:MM / departure")
    late: bool = Field(False, description="迟到（无时刻时由考勤员标记）/ late, as the clerk marked it")
    left_early: bool = Field(False, description="早退 / left early")
    note: Text = text(300, "备注 / note", "")


class MonthFilter(Schema):
    agency: Text = text(40, "机构 / agency")
    month: str = Field(pattern=MONTH_RE, description="月份 YYYY-MM / month")


@router.get("/records", response={200: list[RecordOut], **ERRORS}, summary="考勤记录 / attendance records")
@requires("attendance", "read")
def list_records(request: HttpRequest, filters: Query[MonthFilter]) -> list[RecordOut]:
    """一个月的考勤记录（本人可见范围内）。 / A month's records the user may see."""
    agency = agency_of(filters.agency)
    _, first, last = service.as_month(filters.month)
    qs = AttendanceRecord.objects.filter(agency=agency, day__gte=first, day__lte=last).select_related("agency")
    return [record_out(r) for r in scoped(request, "attendance", qs)[:5000]]


@router.post("/records", response={201: RecordOut, **ERRORS}, summary="登记考勤 / enter a day")
@requires("attendance", "write")
def create_record(request: HttpRequest, body: RecordIn) -> Status:
    """登记一人一天的到岗、离岗。文山按上班时间后15分钟认定迟到、下班前15分钟认定早退（由规则判断）；
    其他机构按考勤员标记。结论随记录保存。
    / One person's day. At Wenshan lateness follows from the times (15 minutes, the rule decides); elsewhere as
    the clerk marks it. The verdict is kept with the record."""
    agency = agency_of(body.agency)
    person = service.user_in_agency(agency, body.username, "username") if body.username else None
    section = _section(agency, body.section) if body.section else service.section_of(person, body.day)
    authorize(request, "write", "attendance", spot(agency, section, person))
    row = service.enter_record(
        agency,
        request.user,
        person_name=body.person_name,
        person=person,
        day=body.day,
        status=body.status,
        arrived_at=body.arrived_at,
        left_at=body.left_at,
        late=body.late,
        left_early=body.left_early,
        note=body.note,
    )
    if section is not None and row.section_id != section.pk:
        row.section = section
        row.save(update_fields=["section"])
    return Status(201, record_out(row))


class ImportIn(Schema):
    agency: Text = text(40, "机构 / agency")
    file_name: Text = text(200, "文件名 / file name", "attendance.csv")
    csv: Text = Field(
        max_length=service.MAX_IMPORT_BYTES,
        description="CSV 内容：表头 日期,姓名[,账号][,出勤][,到岗][,离岗][,迟到][,早退][,备注] / the CSV text",
    )


class ImportOut(Schema):
    id: int = Field(description="导入批次编号 / batch id")
    agency: str = Field(description="机构 / agency")
    file_name: str = Field(description="文件名 / file name")
    rows: int = Field(description="导入行数 / rows imported")
    sha256: str = Field(description="文件摘要 / SHA-256 of the file")


@router.post("/records/import", response={201: ImportOut, **ERRORS}, summary="导入考勤 CSV / import a CSV")
@requires("attendance", "import")
def import_records(request: HttpRequest, body: ImportIn) -> Status:
    """整份文件校验通过才导入；任何一行有误即整份拒绝，逐行列出行号和原因（中英文），不保存任何一行。
    / The whole file or nothing: any bad row refuses the file, each bad line named with its number."""
    agency = agency_of(body.agency)
    authorize(request, "import", "attendance", spot(agency))
    batch = service.import_csv(agency, request.user, body.csv, file_name=body.file_name)
    return Status(
        201, ImportOut(id=batch.pk, agency=agency.slug, file_name=batch.file_name, rows=batch.rows, sha256=batch.sha256)
    )


# --- absences ----------------------------------------------------------------------------------------------


class AbsenceOut(Schema):
    id: int = Field(description="编号 / id")
    agency: str = Field(description="机构 / agency")
    person: str = Field(description="姓名 / person")
    kind: str = Field(description="lateness 缺勤（迟到早退折算）· absenteeism 旷工 · overstay 逾期不归 · unreported")
    kind_zh: str = Field(description="类别中文 / kind in Chinese")
    day: dt.date = Field(description="日期 / day")
    month: str = Field(description="月份 / month")
    days: str = Field(description="天数 / days")
    basis: str = Field(description="如何计算 / how it was counted")
    source: str = Field(description="来源记录 / the record it comes from")
    verdict: dict[str, Any] = Field(description=VERDICT)
    cites: list[str] = Field(description=CITES)


def absence_out(a: Absence) -> AbsenceOut:
    return AbsenceOut(
        id=a.pk,
        agency=a.agency.slug,
        person=a.person_name,
        kind=a.kind,
        kind_zh=a.get_kind_display(),
        day=a.day,
        month=a.month,
        days=str(a.days),
        basis=a.basis,
        source=a.source,
        verdict=dict(a.verdict),
        cites=list(a.cites),
    )


class DeriveIn(Schema):
    agency: Text = text(40, "机构 / agency")
    month: str = Field(pattern=MONTH_RE, description="月份 YYYY-MM / month")


class DeriveOut(Schema):
    month: str = Field(description="月份 / month")
    created: list[AbsenceOut] = Field(description="新生成的缺勤/旷工 / absences derived now")
    notes_zh: list[str] = Field(description="说明 / notes in Chinese")
    notes_en: list[str] = Field(description="说明 / notes in English")


@router.get("/absences", response={200: list[AbsenceOut], **ERRORS}, summary="缺勤与旷工 / absences")
@requires("attendance", "read")
def list_absences(request: HttpRequest, filters: Query[MonthFilter]) -> list[AbsenceOut]:
    """一个月由考勤折算的缺勤、认定的旷工及依据。 / A month's absences with how they were counted."""
    agency = agency_of(filters.agency)
    qs = Absence.objects.filter(agency=agency, month=service.as_month(filters.month)[0]).select_related("agency")
    return [absence_out(a) for a in scoped(request, "attendance", qs)[:5000]]


@router.post("/absences/derive", response={200: DeriveOut, **ERRORS}, summary="折算缺勤 / derive absences")
@requires("attendance", "evaluate")
def derive(request: HttpRequest, body: DeriveIn) -> DeriveOut:
    """按本机构制度由考勤记录折算缺勤、认定旷工（文山迟到早退累计4次视为缺勤1天；无故不上班视为旷工…）；
    同一月份重复折算不重复生成。 / Derive a month's absences under the agency's rules; idempotent."""
    agency = agency_of(body.agency)
    authorize(request, "evaluate", "attendance", spot(agency))
    out = service.derive_absences(agency, body.month, request.user)
    return DeriveOut(
        month=out.month, created=[absence_out(a) for a in out.created], notes_zh=out.notes_zh, notes_en=out.notes_en
    )


# --- monthly sheets -----------------------------------------------------------------------------------------


class SheetOut(Schema):
    id: int = Field(description="编号 / id")
    agency: str = Field(description="机构 / agency")
    section: str | None = Field(description="科室 / section")
    month: str = Field(description="月份 / month")
    status: str = Field(description="draft 未报送 · submitted 已报送")
    rows: list[dict[str, Any]] = Field(description="逐人汇总 / one row per person")
    signatures: list[dict[str, Any]] = Field(description="签字 / signatures (role, name, day)")
    forms_attached: bool = Field(description="已附请假单等材料 / leave forms attached")
    submitted_on: dt.date | None = Field(description="报送日期 / sent on")
    verdict: dict[str, Any] = Field(description=VERDICT)
    cites: list[str] = Field(description=CITES)
    version: int = Field(description="版本 / version")


def sheet_out(s: MonthlySheet) -> SheetOut:
    return SheetOut(
        id=s.pk,
        agency=s.agency.slug,
        section=s.section.name if s.section_id else None,
        month=s.month,
        status=s.status,
        rows=list(s.rows),
        signatures=list(s.signatures),
        forms_attached=s.forms_attached,
        submitted_on=s.submitted_on,
        verdict=dict(s.verdict),
        cites=list(s.cites),
        version=s.version,
    )


class SheetIn(Schema):
    agency: Text = text(40, "机构 / agency")
    month: str = Field(pattern=MONTH_RE, description="月份 YYYY-MM / month")
    section: int | None = Field(None, ge=1, le=MAX_ID, description="科室编号（空为全机构）/ section id, empty: all")


class SignIn(Schema):
    role: Literal["clerk", "section_head", "deputy_in_charge"] = Field(
        description="签字身份：clerk 考勤员 · section_head 科室主要负责人 · deputy_in_charge 分管局长 / signing as"
    )


class SubmitIn(Schema):
    forms_attached: bool = Field(True, description="已附请假单等相关材料 / leave forms attached")


class SheetFilter(Schema):
    agency: Text = text(40, "机构 / agency")
    month: str | None = Field(None, pattern=MONTH_RE, description="月份 YYYY-MM / month")


@router.get("/sheets", response={200: list[SheetOut], **ERRORS}, summary="月度考勤表 / monthly sheets")
@requires("attendance", "read")
def list_sheets(request: HttpRequest, filters: Query[SheetFilter]) -> list[SheetOut]:
    """月度考勤表。 / Monthly attendance sheets."""
    qs = MonthlySheet.objects.filter(agency=agency_of(filters.agency)).select_related("agency", "section")
    if filters.month:
        qs = qs.filter(month=filters.month)
    return [sheet_out(s) for s in scoped(request, "attendance", qs)[:500]]


@router.post("/sheets", response={201: SheetOut, **ERRORS}, summary="生成月度考勤表 / make a sheet")
@requires("attendance", "write")
def make_sheet(request: HttpRequest, body: SheetIn) -> Status:
    """按月汇总出勤、迟到早退、请假（按各假期的计算方法计入当月）、缺勤旷工；区局并按当月日历计算公车补贴
    （2017-04-14 起病假与哺乳假合并计算）与事假扣减。未报送前可重新生成。
    / A month per person; at the district bureau the car subsidy (sick + nursing leave from 2017-04-14) and
    personal-leave deductions. A draft may be made again until sent."""
    agency = agency_of(body.agency)
    section = _section(agency, body.section)
    authorize(request, "write", "attendance", spot(agency, section))
    return Status(201, sheet_out(service.make_sheet(agency, body.month, request.user, section=section)))


@router.get("/sheets/{sheet_id}", response={200: SheetOut, **ERRORS}, summary="一份考勤表 / one sheet")
@requires("attendance", "read")
def get_sheet(request: HttpRequest, sheet_id: Id) -> SheetOut:
    """一份月度考勤表。 / One monthly sheet."""
    return sheet_out(fetch(request, "read", "attendance", MonthlySheet.objects.select_related("agency"), pk=sheet_id))


@router.post("/sheets/{sheet_id}/sign", response={200: SheetOut, **ERRORS}, summary="签字 / sign a sheet")
@requires("attendance", "sign")
def sign_sheet(request: HttpRequest, sheet_id: Id, body: SignIn) -> SheetOut:
    """以考勤员、科室主要负责人或分管局长身份签字；同一人不得兼签两种身份。
    / Sign as the clerk, the section head or the deputy in charge; one person never signs twice."""
    sheet = fetch(request, "sign", "attendance", MonthlySheet.objects.select_related("agency"), pk=sheet_id)
    return sheet_out(service.sign_sheet(sheet, request.user, body.role))


@router.post("/sheets/{sheet_id}/submit", response={200: SheetOut, **ERRORS}, summary="报送 / send a sheet")
@requires("attendance", "write")
def submit_sheet(request: HttpRequest, sheet_id: Id, body: SubmitIn) -> SheetOut:
    """报送局办公室：区局须经考勤员、科室主要负责人、分管局长签字（否则拒绝并引用条款）；逾期报送的结论随表保存。
    / Send to the office: the district bureau's three signatures first (else refused with the clause); a late
    sheet is kept with the verdict saying so."""
    sheet = fetch(request, "write", "attendance", MonthlySheet.objects.select_related("agency"), pk=sheet_id)
    return sheet_out(service.submit_sheet(sheet, request.user, forms_attached=body.forms_attached))


# --- duty --------------------------------------------------------------------------------------------------


class LogOut(Schema):
    id: int = Field(description="编号 / id")
    kind: str = Field(description="handover 交接班 · emergency 突发事件 · major_safety_incident · petitioner · …")
    at: dt.datetime = Field(description="时间 / when")
    content: str = Field(description="内容 / what happened")
    reported_to: list[str] = Field(description="已报告 / reported to")
    opinion: str = Field(description="处理意见 / handling opinion")
    result: str = Field(description="处理结果 / result")
    verdict: dict[str, Any] = Field(description=VERDICT)
    cites: list[str] = Field(description=CITES)


class ShiftOut(Schema):
    id: int = Field(description="编号 / id")
    agency: str = Field(description="机构 / agency")
    day: dt.date = Field(description="值班日期 / day")
    shift: str = Field(description="day 白班 · night 夜班 · full 全天")
    leader: str = Field(description="带班领导 / leader on duty")
    leader_rank: str = Field(description="带班领导职级 / the leader's rank")
    staff: str = Field(description="值班人员 / person on duty")
    holiday: bool = Field(description="法定节假日期间 / in a holiday period")
    holiday_name: str = Field(description="节日 / holiday")
    statutory: bool = Field(description="法定休假日 / a statutory holiday")
    status: str = Field(description="scheduled 已排班（待审批）· approved 已批准执行")
    verdict: dict[str, Any] = Field(description=VERDICT)
    cites: list[str] = Field(description=CITES)
    daily_wage: str | None = Field(description="日工资 / daily wage")
    paid: str | None = Field(description="已发值班报酬 / duty pay paid")
    pay_verdict: dict[str, Any] = Field(description="报酬校验结论 / the verdict on the pay")
    logs: list[LogOut] = Field(description="值班记录 / duty log")


def log_out(g: DutyLog) -> LogOut:
    return LogOut(
        id=g.pk,
        kind=g.kind,
        at=g.at,
        content=g.content,
        reported_to=list(g.reported_to),
        opinion=g.opinion,
        result=g.result,
        verdict=dict(g.verdict),
        cites=list(g.cites),
    )


def shift_out(s: DutyShift, with_logs: bool = True) -> ShiftOut:
    return ShiftOut(
        id=s.pk,
        agency=s.agency.slug,
        day=s.day,
        shift=s.shift,
        leader=s.leader_name,
        leader_rank=s.leader_rank,
        staff=s.staff_name,
        holiday=s.holiday,
        holiday_name=s.holiday_name,
        statutory=s.statutory,
        status=s.status,
        verdict=dict(s.verdict),
        cites=list(s.cites),
        daily_wage=None if s.daily_wage is None else str(s.daily_wage),
        paid=None if s.paid is None else str(s.paid),
        pay_verdict=dict(s.pay_verdict),
        logs=[log_out(g) for g in s.logs.all()] if with_logs else [],
    )


class ShiftIn(Schema):
    agency: Text = text(40, "机构 / agency")
    day: dt.date = Field(description="值班日期 / day")
    shift: Literal["day", "night", "full"] = Field("full", description="班次 / shift")
    staff_name: Text = text(50, "值班人员 / person on duty", "")
    staff_username: Text = text(150, "值班人员账号 / their account", "")
    leader_name: Text = text(50, "带班领导 / leader on duty", "")
    leader_username: Text = text(150, "带班领导账号 / their account", "")
    leader_rank: Literal["", "division", "deputy_division", "section", "deputy_section", "staff"] = Field(
        "", description="带班领导职级 / the leader's rank"
    )


class LogIn(Schema):
    kind: Literal["handover", "emergency", "major_safety_incident", "petitioner", "phone_call", "document"] = Field(
        description="类别 / kind"
    )
    at: dt.datetime = Field(description="时间 / when")
    content: Text = text(2000, "内容 / what happened", min_length=1)
    reported_to: list[Literal["duty_leader", "higher_duty_office", "leader", "section"]] = Field(
        default_factory=list, max_length=4, description="已报告 / reported to"
    )
    opinion: Text = text(1000, "处理意见 / handling opinion", "")
    result: Text = text(1000, "处理结果 / result", "")
    urgent: bool = Field(False, description="情况紧急 / urgent")
    important: bool = Field(False, description="重要 / important")
    info_complete: bool = Field(True, description="信息要素齐全 / details complete")
    verified: bool = Field(False, description="已核实 / verified")
    persuaded: bool = Field(False, description="上访人员经劝解离开 / the petitioner left after persuasion")
    shift_start: Text | None = Field(None, max_length=5, pattern=HHMM, description="接班时刻 / shift start HH:MM")
    arrived_at: Text | None = Field(None, max_length=5, pattern=HHMM, description="接班人员到岗 / arrival HH:MM")
    open_matters: int = Field(0, ge=0, le=1000, description="未处理完的事项数 / matters left open")
    handed_over: bool = Field(True, description="已办理交接 / handed over")


class PayIn(Schema):
    daily_wage: Decimal = Field(ge=0, le=1_000_000, max_digits=9, decimal_places=2, description="日工资 / daily wage")
    paid: Decimal = Field(ge=0, le=1_000_000, max_digits=9, decimal_places=2, description="值班报酬 / pay paid")


class ShiftFilter(Schema):
    agency: Text = text(40, "机构 / agency")
    month: str = Field(pattern=MONTH_RE, description="月份 YYYY-MM / month")


@router.get("/duty/shifts", response={200: list[ShiftOut], **ERRORS}, summary="值班表 / duty roster")
@requires("duty", "read")
def list_shifts(request: HttpRequest, filters: Query[ShiftFilter]) -> list[ShiftOut]:
    """一个月的值班表：带班领导、值班人员、节假日。 / A month's roster: leaders on duty, staff, holidays."""
    agency = agency_of(filters.agency)
    _, first, last = service.as_month(filters.month)
    qs = DutyShift.objects.filter(agency=agency, day__gte=first, day__lte=last).select_related("agency")
    return [shift_out(s, with_logs=False) for s in scoped(request, "duty", qs)[:500]]


@router.post("/duty/shifts", response={201: ShiftOut, **ERRORS}, summary="排班 / add a shift")
@requires("duty", "create")
def create_shift(request: HttpRequest, body: ShiftIn) -> Status:
    """排一个班次。区局带班领导须为处级干部（否则拒绝并引用条款）；文山节假日值班表须报分管领导同意（待审批）。
    / Add a shift. At the district bureau the leader on duty must be 处级 (else refused with the clause); at
    Wenshan a holiday roster waits for the leader in charge's approval."""
    agency = agency_of(body.agency)
    authorize(request, "create", "duty", spot(agency))
    staff = service.user_in_agency(agency, body.staff_username, "staff_username") if body.staff_username else None
    leader = service.user_in_agency(agency, body.leader_username, "leader_username") if body.leader_username else None
    row = service.add_shift(
        agency,
        request.user,
        day=body.day,
        shift=body.shift,
        staff=staff,
        staff_name=body.staff_name,
        leader=leader,
        leader_name=body.leader_name,
        leader_rank=body.leader_rank,
    )
    return Status(201, shift_out(row))


@router.get("/duty/shifts/{shift_id}", response={200: ShiftOut, **ERRORS}, summary="一个班次 / one shift")
@requires("duty", "read")
def get_shift(request: HttpRequest, shift_id: Id) -> ShiftOut:
    """班次及其值班记录。 / A shift with its duty log."""
    return shift_out(fetch(request, "read", "duty", DutyShift.objects.select_related("agency"), pk=shift_id))


@router.post("/duty/shifts/{shift_id}/logs", response={201: LogOut, **ERRORS}, summary="值班记录 / log an entry")
@requires("duty", "write")
def add_log(request: HttpRequest, shift_id: Id, body: LogIn) -> Status:
    """值班记录。突发事件、重特大安全事件、上访、重要电话须按制度报告后方可记录（否则拒绝并引用条款）；交接班如实记录。
    / A duty log entry. Reports are refused, with the clause, until made as the text requires; handovers are
    kept as they happened."""
    shift = fetch(request, "write", "duty", DutyShift.objects.select_related("agency"), pk=shift_id)
    row = service.add_log(shift, request.user, **body.dict())
    return Status(201, log_out(row))


@router.post("/duty/shifts/{shift_id}/pay", response={200: ShiftOut, **ERRORS}, summary="值班报酬 / duty pay")
@requires("duty", "update")
def record_pay(request: HttpRequest, shift_id: Id, body: PayIn) -> ShiftOut:
    """法定节日值班报酬（文山：按《劳动法》第四十四条第(三)项，不低于日工资的300%），低于标准的拒绝并引用条款。
    / Statutory-holiday duty pay (Wenshan: at least 300% of the daily wage); less is refused with the clause."""
    shift = fetch(request, "update", "duty", DutyShift.objects.select_related("agency"), pk=shift_id)
    return shift_out(service.record_pay(shift, daily_wage=body.daily_wage, paid=body.paid))


__all__ = ["router"]
