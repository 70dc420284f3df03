"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/meetings/.

Bodies and cadence (the agency's members: resource ``org``)
    GET  /bodies/{slug}?on=DATE                 the agency's decision bodies, members and chief that day
Members of one body (resource ``meeting_body``: read by the agency, entered by the office)
    GET  /bodies/{slug}/{key}/members?on=DATE   members that day: org chart ("org") or entered by hand ("hand",
                                                with the row's id, post, since, until)
    POST /bodies/{slug}/{key}/members           enter one {person | person_id, since, until?, post?} → 201
    POST /body-members/{id}/end                 {until}: the last day of a hand-entered membership
    GET  /cadence/{slug}?on=DATE                each body's required frequency, held, due, overdue
    POST /classify/{slug}                       {kind, amount?, cadre?, …} → 三重一大, deciding body, clauses
Meetings, items and decisions (resource ``record``)
    GET  /meetings?agency=&body=&status=        meetings I may see
    POST /meetings                              plan one {agency, body, date, place?, chair?, recorder?}
    GET  /meetings/{id}                         with agenda, attendance, deadlines
    POST /meetings/{id}/items                   a section proposes an item (classified, deadline checked)
    POST /meetings/{id}/notice                  notify members and 列席 attendees (notice period checked)
    POST /meetings/{id}/attendees               a non-voting attendee (列席)
    POST /meetings/{id}/attendance              present / leave (reason) / absent, written opinion
    POST /meetings/{id}/convene                 quorum, chair, attendees checked
    POST /meetings/{id}/minutes                 generate the minutes (.docx + PDF)
    GET  /items/{id}                            the item and the chair's live view (quorum, turn, tally)
    POST /items/{id}/list | /withdraw | /take-up | /close
    POST /items/{id}/materials                  a paper (base64)
    GET  /materials/{id}                        download a paper
    POST /items/{id}/recusals | /statements | /votes
    GET  /minutes/{id}   PATCH /minutes/{id}    (refused once filed)
    POST /minutes/{id}/sign | /file     GET /minutes/{id}/download?format=docx|pdf
    GET  /decisions?agency=   GET /decisions/{id}
    POST /decisions/{id}/change | /report

Who may do what: the office that planned the meeting (its creator), the chair and the recorder run it
(``record update`` on the meeting, or being its chair/recorder); members act for themselves (``record
create``): an attendance, recusal, statement, vote, signature or report for someone else is refused
(422) unless the requester runs the meeting. The rules (quorum, 末位表态, thresholds …) refuse with 422
and the verdict; a stale ``version`` answers 409.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from ninja import Field, Path, Query, Router, Schema, Status

from zhidu.access import Denied, authorize, requires, scoped
from zhidu.api.schemas import MAX_ID, ErrorOut, SlugPath
from zhidu.core.errors import BadInput
from zhidu.org.models import Person
from zhidu.org.service import agency_scope

from . import service
from .models import Body, BodyMember, Decision, Item, ItemOutcome, Material, Meeting, Minutes
from .queries import (
    MemberRow,
    acting_for,
    body_for,
    body_member_for,
    decision_for,
    item_for,
    meeting_for,
    minutes_for,
    roster,
)

router = Router()
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
IdPath = Annotated[int, Path(description="编号 / id", ge=1, le=MAX_ID)]
KeyPath = Annotated[str, Path(description="会议标识 / body id", examples=["loan_review_group"], max_length=40)]
Name = Annotated[str, Field(min_length=1, max_length=50)]


# --- shapes -----------------------------------------------------------------------------------------


class BodyOut(Schema):
    key: str = Field(description="会议标识 / body id", examples=["party_group"])
    name_zh: str = Field(description="中文名称 / name in Chinese", examples=["党组会议"])
    name_en: str = Field(description="英文名称 / name in English")
    members: list[str] = Field(description="该日有表决权的成员 / voting members that day")
    chief: str | None = Field(description="主要负责人（末位表态者）/ the principal leader (speaks last)")
    cite: str = Field(description="设立依据的引用编号 / clause setting it up", examples=["tongyu-hrss:2:2"])
    quote: str = Field(description="依据原文摘句 / the words relied on")


class CadenceOut(Schema):
    body: str = Field(description="会议标识 / body id")
    name_zh: str = Field(description="会议名称 / body name")
    period: str = Field(description="周期：week · half_month · month · quarter · year / period")
    held: int = Field(description="本期已召开次数 / meetings held this period")
    due: dt.date | None = Field(description="本期应召开的最后日期 / last day of this period's meeting")
    previous_held: int = Field(description="上一期召开次数 / meetings held in the previous period")
    overdue: bool = Field(description="上一期未按规定召开（超期）/ the previous period was missed")
    message_zh: str = Field(description="结论 / conclusion (Chinese)")
    message_en: str = Field(description="结论 / conclusion (English)")
    cites: list[str] = Field(description="依据条款 / clauses")


class ClassifyIn(Schema):
    kind: str = Field(description="事项类别（decision.route 的 kind）/ kind of item", examples=["cadre_appointment"])
    amount: Decimal | None = Field(None, ge=0, le=Decimal("999999999999"), description="金额（元）/ amount in yuan")
    cadre: bool = Field(False, description="干部任免事项 / a cadre appointment")
    disciplinary: bool = Field(False, description="处分事项 / a disciplinary matter")
    project: bool = Field(False, description="重大项目 / a major project")
    large_fund: bool = Field(False, description="大额资金 / a large-fund matter")
    on: dt.date | None = Field(None, description="规则适用日期（默认今天）/ the date the rules apply")


class ClassifyOut(Schema):
    kind: str = Field(description="事项类别 / kind")
    topic_kinds: list[str] = Field(description="校验用的议题类别 / topic kinds given to the meeting checks")
    body: str = Field(description="须决策的会议（空为无须集体决定）/ body that must decide ('' none)")
    sanzhong_yida: bool = Field(description="属“三重一大” / a “three-important-one-large” item")
    discipline: str = Field(
        description="纪检监督：'' 无 · report 须提前报告 · invite 应邀请列席 / discipline supervision"
    )
    message_zh: str = Field(description="判定理由 / why (Chinese)")
    message_en: str = Field(description="判定理由 / why (English)")
    cites: list[str] = Field(description="依据条款 / clauses")
    verdict: dict[str, Any] = Field(description="decision.route 的结论 / the decisive verdict")


class MeetingIn(Schema):
    agency: str = Field(min_length=1, max_length=60, description="机构标识 / agency", examples=["tongyu-hrss"])
    body: str = Field(min_length=1, max_length=40, description="会议标识 / body id", examples=["party_group"])
    date: dt.date = Field(description="会议日期 / date of the meeting")
    place: str = Field("", max_length=200, description="地点 / place")
    number: str = Field("", max_length=60, description="会议编号（默认 YYYY年第N次）/ number")
    chair: str | None = Field(None, max_length=50, description="主持人姓名 / chair's name")
    recorder: str | None = Field(None, max_length=50, description="记录人姓名 / recorder's name")


class DeadlineOut(Schema):
    date: str = Field(description="最迟日期 / last day")
    label_zh: str = Field(description="事项 / what is due (Chinese)")
    label_en: str = Field(description="事项 / what is due (English)")
    cites: list[str] = Field(description="依据条款 / clauses")


class AttendanceOut(Schema):
    person: str = Field(description="姓名 / name")
    member: bool = Field(description="有表决权的成员（否为列席）/ voting member (else non-voting attendee)")
    attendee_role: str = Field(description="列席身份 / attendee role")
    status: str = Field(description="present 出席 · leave 请假 · absent 缺席")
    leave_reason: str = Field(description="请假事由 / reason for leave")
    leave_asked_before: bool = Field(description="会前已请假 / leave asked beforehand")
    written_opinion: str = Field(description="书面意见（不计票）/ written opinion (never a vote)")


class ItemBrief(Schema):
    id: int = Field(description="议题编号 / item id")
    order: int = Field(description="顺序 / order")
    title: str = Field(description="议题 / title")
    kind: str = Field(description="事项类别 / kind")
    status: str = Field(description="proposed · listed · discussing · closed · withdrawn")
    sanzhong_yida: bool = Field(description="属“三重一大” / three-important-one-large")
    required_body: str = Field(description="须决策的会议 / body that must decide")
    result: str | None = Field(description="passed · not_passed · postponed")
    version: int = Field(description="版本（并发控制）/ version")


class MeetingOut(Schema):
    id: int = Field(description="会议编号 / meeting id")
    agency: str = Field(description="机构 / agency")
    body: str = Field(description="会议标识 / body id")
    body_name: str = Field(description="会议名称 / body name")
    number: str = Field(description="编号 / number")
    date: dt.date = Field(description="日期 / date")
    place: str = Field(description="地点 / place")
    status: str = Field(description="planned 筹备 · notified 已通知 · convened 进行中 · closed 已结束")
    chair: str | None = Field(description="主持人 / chair")
    recorder: str | None = Field(description="记录人 / recorder")
    notified_on: dt.date | None = Field(description="通知日期 / notified on")
    version: int = Field(description="版本（并发控制）/ version")


class MeetingDetail(MeetingOut):
    members: list[str] = Field(description="应到会成员 / members who should attend")
    items: list[ItemBrief] = Field(description="议题 / agenda items")
    attendance: list[AttendanceOut] = Field(description="出席与列席 / attendance")
    deadlines: list[DeadlineOut] = Field(description="议题、通知时限 / agenda deadlines")
    minutes_id: int | None = Field(description="会议纪要编号 / minutes id")
    convene_verdict: dict[str, Any] = Field(description="召开校验结论 / verdicts of planning and convening")


class MaterialIn(Schema):
    name: str = Field(min_length=1, max_length=200, description="文件名 / file name")
    content_type: str = Field("application/octet-stream", max_length=100, description="类型 / content type")
    data_base64: str = Field(min_length=1, max_length=28_000_000, description="内容（base64）/ content, base64")


class ItemIn(Schema):
    title: str = Field(min_length=1, max_length=300, description="议题 / title")
    kind: str = Field(min_length=1, max_length=40, description="事项类别 / kind", examples=["cadre_appointment"])
    summary: str = Field("", max_length=20000, description="主要问题与建议方案 / problem and proposal")
    section: str | None = Field(None, max_length=80, description="提出科室（标识或名称）/ proposing section")
    amount: Decimal | None = Field(None, ge=0, le=Decimal("999999999999"), description="金额（元）/ amount")
    cadre: bool = Field(False, description="干部任免事项 / cadre matter")
    disciplinary: bool = Field(False, description="处分事项 / disciplinary matter")
    project: bool = Field(False, description="重大项目 / major project")
    large_fund: bool = Field(False, description="大额资金 / large fund")
    submitted_on: dt.date | None = Field(None, description="报送日期（默认今天）/ submitted on")
    ad_hoc: bool = Field(False, description="会上临时动议 / raised at the meeting")
    urgent: bool = Field(False, description="紧急议题 / urgent")
    deputy_in_charge: str | None = Field(None, max_length=50, description="分管领导 / deputy in charge")
    changes: int | None = Field(None, ge=1, le=MAX_ID, description="复议变更的决定编号 / decision it changes")
    materials: list[MaterialIn] = Field(default_factory=list, max_length=20, description="材料 / papers")
    probation_since: dt.date | None = Field(
        None,
        description="预备期开始日期（支部大会通过之日；党支部会议的预备党员转正 convert_probationary 须填）"
        " / start of the probation (a Party branch's convert_probationary item needs it)",
    )


class BodyMemberOut(Schema):
    id: int | None = Field(description="手工登记记录编号（组织数据成员为空）/ hand-entered row id (null: org chart)")
    person: str = Field(description="姓名 / name")
    person_id: int = Field(description="人员编号 / person id")
    post: str = Field(description="职务：'' 成员 · secretary 书记 / post: '' member · secretary")
    post_zh: str = Field(description="职务名称 / the post in Chinese", examples=["书记"])
    since: dt.date | None = Field(
        description="起始日（含；组织数据成员为空）/ member from (inclusive; null: org chart)"
    )
    until: dt.date | None = Field(description="截止日（含；空为至今）/ member until (inclusive; null: still a member)")
    source: Literal["org", "hand"] = Field(description="来源：org 组织数据 · hand 手工登记 / org chart or by hand")
    chief: bool = Field(description="该日的主要负责人（主持人、末位表态者）/ the body's principal leader that day")


class BodyMembersOut(Schema):
    body: str = Field(description="会议标识 / body id", examples=["branch_assembly"])
    name_zh: str = Field(description="中文名称 / name in Chinese")
    name_en: str = Field(description="英文名称 / name in English")
    on: dt.date = Field(description="日期 / the day")
    branch: bool = Field(description="党支部会议（可登记书记）/ a Party branch body (its 书记 is entered here)")
    org_role: str = Field(description="组织数据中成员的职务（空：全部手工登记）/ org role of its members")
    chief: str | None = Field(description="该日的主要负责人 / the principal leader that day")
    members: list[BodyMemberOut] = Field(description="该日的成员 / members that day")


class BodyMemberIn(Schema):
    person: str | None = Field(None, min_length=1, max_length=50, description="姓名 / name", examples=["孙八"])
    person_id: int | None = Field(None, ge=1, le=MAX_ID, description="人员编号（代替姓名）/ person id (for the name)")
    since: dt.date = Field(description="起始日（含）/ member from (inclusive)")
    until: dt.date | None = Field(None, description="截止日（含；空为至今）/ member until (inclusive; null: open)")
    post: Literal["", "secretary"] = Field(
        "", description="职务：'' 成员 · secretary 书记（仅党支部会议）/ post: secretary for a Party branch body only"
    )


class BodyMemberEndIn(Schema):
    until: dt.date = Field(description="任期最后一日（含）/ the last day of the membership (inclusive)")


class BodyMemberRowOut(Schema):
    id: int = Field(description="手工登记记录编号 / id of the hand-entered row")
    agency: str = Field(description="机构 / agency")
    body: str = Field(description="会议标识 / body id")
    person: str = Field(description="姓名 / name")
    person_id: int = Field(description="人员编号 / person id")
    post: str = Field(description="职务：'' 成员 · secretary 书记 / post")
    post_zh: str = Field(description="职务名称 / the post in Chinese")
    since: dt.date = Field(description="起始日（含）/ member from (inclusive)")
    until: dt.date | None = Field(description="截止日（含；空为至今）/ member until (inclusive; null: open)")


class NoticeIn(Schema):
    on: dt.date | None = Field(None, description="通知日期（默认今天）/ notified on")
    in_writing: bool = Field(True, description="书面通知 / in writing")
    materials_sent_on: dt.date | None = Field(None, description="材料送达日期 / papers delivered on")
    discipline_notified: bool | None = Field(None, description="已报告（邀请）纪检组织 / discipline body told")
    version: int | None = Field(None, ge=1, le=MAX_ID, description="版本 / version seen")


class AttendeeIn(Schema):
    person: Name = Field(description="姓名 / name")
    attendee_role: Literal[
        "office_head",
        "discipline_secretary",
        "arbitration_head",
        "discipline_observer",
        "section_head",
        "non_member_leader",
        "other",
    ] = Field(description="列席身份 / attendee role")


class AttendanceIn(Schema):
    person: str | None = Field(
        None, min_length=1, max_length=50, description="成员姓名（默认本人）/ member (default me)"
    )
    status: Literal["present", "leave", "absent"] = Field(description="出席 · 请假 · 缺席 / status")
    reason: str = Field("", max_length=300, description="请假事由 / reason")
    asked_before: bool = Field(True, description="会前已请假 / asked beforehand")
    written_opinion: str = Field("", max_length=5000, description="书面意见（不计票）/ written opinion")


class ConveneIn(Schema):
    chair: str | None = Field(None, max_length=50, description="主持人（默认主要负责人）/ chair")
    chair_entrusted: bool = Field(False, description="受委托主持 / chair entrusted")
    discipline_notified: bool | None = Field(None, description="已报告（邀请）纪检组织 / discipline body told")
    on: dt.date | None = Field(None, description="召开日（默认会议日期）/ held on")
    version: int | None = Field(None, ge=1, le=MAX_ID, description="版本 / version seen")


class RecusalIn(Schema):
    person: str | None = Field(None, min_length=1, max_length=50, description="成员（默认本人）/ member")
    grounds: list[Literal["self", "close_relative", "relative", "direct_interest", "other_relationship"]] = Field(
        min_length=1, max_length=5, description="回避情形 / grounds"
    )
    note: str = Field("", max_length=300, description="说明 / note")


class StatementIn(Schema):
    person: str | None = Field(None, min_length=1, max_length=50, description="成员（默认本人）/ member")
    position: Literal["for", "against", "defer"] = Field(description="赞成 · 不赞成 · 缓议 / position")
    reason: str = Field("", max_length=5000, description="理由 / reasons")


class VoteIn(Schema):
    person: str | None = Field(None, min_length=1, max_length=50, description="成员（默认本人）/ member")
    choice: Literal["for", "against", "abstain", "defer"] = Field(description="赞成 · 反对 · 弃权 · 缓议 / vote")
    method: Literal["show_of_hands", "oral", "ballot", "roll_call"] = Field(
        "show_of_hands", description="表决方式 / method"
    )


class CloseIn(Schema):
    decision_text: str = Field("", max_length=20000, description="决定内容 / what was decided")
    disagreement: Literal["none", "divergent", "major"] = Field("none", description="意见分歧 / disagreement")
    emergency: bool = Field(False, description="紧急情况 / emergency")
    postpone: bool = Field(False, description="缓议 / postpone")
    conclusion: Literal["passed", "not_passed"] | None = Field(
        None, description="主持人结论（行政首长负责制的会议）/ the chair's conclusion, where the chair concludes"
    )
    due_on: dt.date | None = Field(None, description="决定的办结期限 / the decision's own deadline")
    in_charge: list[Name] = Field(default_factory=list, max_length=20, description="负责落实的成员 / in charge")
    lead: str | None = Field(None, max_length=50, description="牵头领导 / lead leader")
    version: int | None = Field(None, ge=1, le=MAX_ID, description="版本 / version seen")


class VersionIn(Schema):
    version: int | None = Field(None, ge=1, le=MAX_ID, description="版本 / version seen")


class WithdrawIn(Schema):
    reason: str = Field(min_length=1, max_length=500, description="撤回理由 / reason")


class ListIn(Schema):
    proposed_by_chief: bool = Field(False, description="主要负责人提出 / proposed by the principal leader")
    version: int | None = Field(None, ge=1, le=MAX_ID, description="版本 / version seen")


class StatementOut(Schema):
    order: int = Field(description="发言顺序 / order")
    person: str = Field(description="发言人 / speaker")
    is_chief: bool = Field(description="主要负责人 / principal leader")
    position: str = Field(description="for 赞成 · against 不赞成 · defer 缓议")
    reason: str = Field(description="理由 / reasons")


class VoteOut(Schema):
    person: str = Field(description="成员 / member")
    choice: str = Field(description="for · against · abstain · defer")
    method: str = Field(description="表决方式 / method")


class OutcomeOut(Schema):
    result: str = Field(description="passed 通过 · not_passed 未通过 · postponed 缓议")
    members: int = Field(description="应到会成员 / members")
    present: int = Field(description="到会成员 / present")
    recused: int = Field(description="回避 / recused")
    votes_for: int = Field(description="赞成 / for")
    votes_against: int = Field(description="反对 / against")
    abstentions: int = Field(description="弃权 / abstentions")
    votes_defer: int = Field(description="缓议 / defer")
    written_opinions: int = Field(description="书面意见（不计票）/ written opinions (not votes)")
    decision_text: str = Field(description="决定 / decision")
    trace: list[str] = Field(description="计算过程 / the figures compared")
    cites: list[str] = Field(description="依据条款 / clauses")
    verdict: dict[str, Any] = Field(description="表决校验结论 / the vote verdict")


class ItemOut(Schema):
    id: int = Field(description="议题编号 / item id")
    meeting: int = Field(description="会议编号 / meeting id")
    order: int = Field(description="顺序 / order")
    title: str = Field(description="议题 / title")
    summary: str = Field(description="主要问题与建议方案 / proposal")
    kind: str = Field(description="事项类别 / kind")
    topic_kinds: list[str] = Field(description="校验用议题类别 / topic kinds")
    amount: Decimal | None = Field(description="金额 / amount")
    section: str | None = Field(description="提出科室 / proposing section")
    proposer: str = Field(description="提出人 / proposer")
    submitted_on: dt.date = Field(description="报送日期 / submitted on")
    submit_deadline: dt.date | None = Field(description="报送最迟日期 / submission deadline")
    late: bool = Field(description="逾期报送 / submitted late")
    ad_hoc: bool = Field(description="临时动议 / ad hoc")
    listed: bool = Field(description="已审定列入 / on the agenda")
    sanzhong_yida: bool = Field(description="属“三重一大” / three-important-one-large")
    required_body: str = Field(description="须决策的会议 / deciding body")
    discipline: str = Field(description="纪检监督 / discipline supervision")
    status: str = Field(description="状态 / status")
    cites: list[str] = Field(description="依据条款 / clauses")
    version: int = Field(description="版本 / version")
    materials: list[dict[str, Any]] = Field(description="材料（编号、文件名、大小）/ papers")
    recused: list[str] = Field(description="回避成员 / members stepped aside")
    statements: list[StatementOut] = Field(description="表态（按顺序）/ statements in order")
    votes: list[VoteOut] = Field(description="表决 / votes")
    outcome: OutcomeOut | None = Field(description="结果 / outcome")
    # the chair's live view
    quorum_ok: bool = Field(description="本议题到会人数符合要求 / the item's quorum holds")
    quorum: dict[str, Any] = Field(description="本议题到会校验 / quorum verdict")
    waiting: list[str] = Field(description="尚未表态（主要负责人最后）/ still to speak (chief last)")
    chief_locked: bool = Field(description="主要负责人暂不能表态 / the chief may not speak yet")
    tally: dict[str, int] = Field(description="计票 / tally")
    passes_now: bool | None = Field(description="按现有票数是否通过 / would pass on the votes so far")
    vote_verdict: dict[str, Any] | None = Field(description="按现有票数的表决校验 / vote verdict so far")


class MinutesOut(Schema):
    id: int = Field(description="纪要编号 / minutes id")
    meeting: int = Field(description="会议编号 / meeting id")
    status: str = Field(description="draft 草稿 · filed 已归档")
    signatures: list[str] = Field(description="须签名 / required signatures")
    signed_by: list[str] = Field(description="已签名 / signed by")
    notes: str = Field(description="记录人补充 / recorder's notes")
    docx_sha256: str = Field(description="Word 文件 SHA-256")
    pdf_sha256: str = Field(description="PDF 文件 SHA-256")
    filed_on: dt.date | None = Field(description="归档日 / filed on")
    cites: list[str] = Field(description="依据条款 / clauses")
    version: int = Field(description="版本 / version")
    content: dict[str, Any] = Field(description="纪要内容 / content")


class MinutesEditIn(Schema):
    notes: str = Field(max_length=20000, description="记录人补充 / recorder's notes")
    version: int | None = Field(None, ge=1, le=MAX_ID, description="版本 / version seen")


class GenerateIn(Schema):
    notes: str = Field("", max_length=20000, description="记录人补充 / recorder's notes")


class SignIn(Schema):
    person: str | None = Field(None, min_length=1, max_length=50, description="签名人（默认本人）/ signer")


class DecisionOut(Schema):
    id: int = Field(description="决定编号 / decision id")
    agency: str = Field(description="机构 / agency")
    body: str = Field(description="决策会议 / body")
    item: int = Field(description="议题编号 / item id")
    text: str = Field(description="决定事项 / decision")
    decided_on: dt.date = Field(description="决定日 / decided on")
    status: str = Field(description="in_force 执行中 · changed 已变更 · done 已落实")
    report_due: dt.date | None = Field(description="落实情况报送期限 / report due")
    report_basis: str = Field(description="期限计算 / how the deadline was counted")
    superseded_by: int | None = Field(description="变更后的决定 / the decision replacing it")
    cites: list[str] = Field(description="依据条款 / clauses")
    tasks: list[dict[str, Any]] = Field(description="落实待办 / follow-up tasks")


class ChangeIn(Schema):
    text: str = Field(min_length=1, max_length=5000, description="拟变更内容 / the change")
    by: Literal["individual", "other_meeting", "same_body"] = Field(
        "individual", description="由谁变更 / who changes it"
    )
    emergency: bool = Field(False, description="紧急情况下的临时处置 / emergency interim handling")


class ReportIn(Schema):
    person: str | None = Field(None, min_length=1, max_length=50, description="报送人（默认本人）/ who reports")
    text: str = Field(min_length=1, max_length=5000, description="落实情况 / what was done")
    on: dt.date | None = Field(None, description="报送日期 / reported on")


class OnQuery(Schema):
    on: dt.date | None = Field(None, description="日期（默认今天）/ date (default today)")


class MeetingFilter(Schema):
    agency: str | None = Field(None, max_length=60, description="机构 / agency")
    body: str | None = Field(None, max_length=40, description="会议标识 / body id")
    status: Literal["planned", "notified", "convened", "closed"] | None = Field(None, description="状态 / status")


class DecisionFilter(Schema):
    agency: str | None = Field(None, max_length=60, description="机构 / agency")
    status: Literal["in_force", "changed", "done"] | None = Field(None, description="状态 / status")


class DownloadQuery(Schema):
    format: Literal["docx", "pdf"] = Field("pdf", description="文件格式 / file format")


# --- helpers ----------------------------------------------------------------------------------------


def _opt_person(meeting: Meeting, name: str | None, field: str) -> Person | None:
    return service.person_of(meeting.agency, name, field) if name else None


def meeting_out(m: Meeting) -> MeetingOut:
    return MeetingOut(
        id=m.pk,
        agency=m.agency.slug,
        body=m.body.key,
        body_name=m.body.name_zh,
        number=m.number,
        date=m.date,
        place=m.place,
        status=m.status,
        chair=m.chair.name if m.chair else None,
        recorder=m.recorder.name if m.recorder else None,
        notified_on=m.notified_on,
        version=m.version,
    )


def _brief(i: Item) -> ItemBrief:
    oc = ItemOutcome.objects.filter(item=i).values_list("result", flat=True).first()
    return ItemBrief(
        id=i.pk,
        order=i.order,
        title=i.title,
        kind=i.kind,
        status=i.status,
        sanzhong_yida=i.sanzhong_yida,
        required_body=i.required_body,
        result=oc,
        version=i.version,
    )


def meeting_detail(m: Meeting) -> MeetingDetail:
    mins = Minutes.objects.filter(meeting=m).values_list("pk", flat=True).first()
    return MeetingDetail(
        **meeting_out(m).model_dump(),
        members=[p.name for p in service.members(m.body, m.date)],
        items=[_brief(i) for i in m.items.all()],
        attendance=[
            AttendanceOut(
                person=a.person.name,
                member=a.member,
                attendee_role=a.attendee_role,
                status=a.status,
                leave_reason=a.leave_reason,
                leave_asked_before=a.leave_asked_before,
                written_opinion=a.written_opinion,
            )
            for a in m.attendance.select_related("person")
        ],
        deadlines=[
            DeadlineOut(date=d["date"], label_zh=d["label_zh"], label_en=d["label_en"], cites=d["cites"])
            for d in service.meeting_deadlines(m)
        ],
        minutes_id=mins,
        convene_verdict=m.convene_verdict or {},
    )


def item_out(i: Item) -> ItemOut:
    st = service.item_state(i)
    oc = ItemOutcome.objects.filter(item=i).first()
    return ItemOut(
        id=i.pk,
        meeting=i.meeting_id,
        order=i.order,
        title=i.title,
        summary=i.summary,
        kind=i.kind,
        topic_kinds=list(i.topic_kinds),
        amount=i.amount,
        section=i.section.name if i.section else None,
        proposer=i.proposer_name,
        submitted_on=i.submitted_on,
        submit_deadline=i.submit_deadline,
        late=i.late,
        ad_hoc=i.ad_hoc,
        listed=i.listed,
        sanzhong_yida=i.sanzhong_yida,
        required_body=i.required_body,
        discipline=i.discipline,
        status=i.status,
        cites=list(i.cites),
        version=i.version,
        materials=[{"id": x.pk, "name": x.name, "size": x.size} for x in i.materials.all()],
        recused=[p.name for p in st.recused],
        statements=[
            StatementOut(order=s.order, person=s.person.name, is_chief=s.is_chief, position=s.position, reason=s.reason)
            for s in st.spoken
        ],
        votes=[VoteOut(person=v.person.name, choice=v.choice, method=v.method) for v in st.votes],
        outcome=(
            OutcomeOut(
                result=oc.result,
                members=oc.members,
                present=oc.present,
                recused=oc.recused,
                votes_for=oc.votes_for,
                votes_against=oc.votes_against,
                abstentions=oc.abstentions,
                votes_defer=oc.votes_defer,
                written_opinions=oc.written_opinions,
                decision_text=oc.decision_text,
                trace=list(oc.trace),
                cites=list(oc.cites),
                verdict=oc.verdict,
            )
            if oc
            else None
        ),
        quorum_ok=st.quorum_ok,
        quorum=st.quorum,
        waiting=[p.name for p in st.waiting],
        chief_locked=st.chief_locked,
        tally=st.tally,
        passes_now=st.passes_now,
        vote_verdict=st.vote_verdict,
    )


def minutes_out(x: Minutes) -> MinutesOut:
    return MinutesOut(
        id=x.pk,
        meeting=x.meeting_id,
        status=x.status,
        signatures=list(x.signatures or []),
        signed_by=list(x.signed_by or []),
        notes=x.notes,
        docx_sha256=x.docx_sha256,
        pdf_sha256=x.pdf_sha256,
        filed_on=x.filed_on,
        cites=list(x.cites or []),
        version=x.version,
        content=x.content or {},
    )


def decision_out(d: Decision) -> DecisionOut:
    from zhidu.workflow.models import Task
    from zhidu.workflow.service import ref_of

    tasks = Task.objects.filter(ref=ref_of(d)).order_by("id")
    return DecisionOut(
        id=d.pk,
        agency=d.agency.slug,
        body=d.body.key,
        item=d.item_id,
        text=d.text,
        decided_on=d.decided_on,
        status=d.status,
        report_due=d.report_due,
        report_basis=d.report_basis,
        superseded_by=d.superseded_by_id,
        cites=list(d.cites),
        tasks=[
            {
                "id": t.pk,
                "assignee": t.assignee_name,
                "due": t.due.isoformat() if t.due else None,
                "status": t.status,
                "title": t.title,
            }
            for t in tasks
        ],
    )


# --- bodies, cadence, classification -------------------------------------------------------------------


@router.get("/bodies/{slug}", response={200: list[BodyOut], **ERRORS}, summary="决策会议 / decision bodies")
@requires("org", "read")
def list_bodies(request: HttpRequest, slug: SlugPath, q: Query[OnQuery]) -> list[BodyOut]:
    """本机构制度设立的议事会议、该日的成员和主要负责人。 / The agency's decision bodies, members and chief."""
    authorize(request, "read", "org", agency_scope(slug))
    day = q.on or dt.date.today()
    out = []
    for b in service.bodies(slug):
        chief = service.chief_of(b, day)
        out.append(
            BodyOut(
                key=b.key,
                name_zh=b.name_zh,
                name_en=b.name_en,
                members=[p.name for p in service.members(b, day)],
                chief=chief.name if chief else None,
                cite=b.cite,
                quote=b.quote,
            )
        )
    return out


@router.get("/cadence/{slug}", response={200: list[CadenceOut], **ERRORS}, summary="会议频次 / cadence")
@requires("org", "read")
def cadence(request: HttpRequest, slug: SlugPath, q: Query[OnQuery]) -> list[CadenceOut]:
    """每个会议的规定频次、本期已开次数、期限；上一期未开为超期。 / Each body's cadence; a missed period is overdue."""
    authorize(request, "read", "org", agency_scope(slug))
    return [
        CadenceOut(
            body=r.body.key,
            name_zh=r.body.name_zh,
            period=r.period,
            held=r.held,
            due=r.due,
            previous_held=r.previous_held,
            overdue=r.overdue,
            message_zh=r.message_zh,
            message_en=r.message_en,
            cites=r.cites,
        )
        for r in service.cadence(slug, q.on)
    ]


@router.post("/classify/{slug}", response={200: ClassifyOut, **ERRORS}, summary="议题分类 / classify an item")
@requires("check", "evaluate")
def classify(request: HttpRequest, slug: SlugPath, body: ClassifyIn) -> ClassifyOut:
    """判定议题是否属“三重一大”、须由哪个会议决定、是否须告知纪检组织，并引用条款（不留痕）。
    / Classify an item (three-important-one-large, deciding body, discipline supervision) with the clauses."""
    c = service.classify(
        slug,
        body.on or dt.date.today(),
        kind=body.kind,
        amount=body.amount,
        cadre=body.cadre,
        disciplinary=body.disciplinary,
        project=body.project,
        large_fund=body.large_fund,
    )
    return ClassifyOut(
        kind=c.kind,
        topic_kinds=c.topic_kinds,
        body=c.body,
        sanzhong_yida=c.sanzhong_yida,
        discipline=c.discipline,
        message_zh=c.message_zh,
        message_en=c.message_en,
        cites=c.cites,
        verdict=c.verdict,
    )


# --- members of a body (org chart, entered by hand) -----------------------------------------------------------


def member_out(r: MemberRow) -> BodyMemberOut:
    return BodyMemberOut(
        id=r.row.pk if r.row is not None else None,
        person=r.person.name,
        person_id=r.person.pk,
        post=r.post,
        post_zh=r.post_zh,
        since=r.since,
        until=r.until,
        source="hand" if r.source == "hand" else "org",
        chief=r.chief,
    )


def member_row_out(row: BodyMember) -> BodyMemberRowOut:
    return BodyMemberRowOut(
        id=row.pk,
        agency=row.body.agency.slug,
        body=row.body.key,
        person=row.person.name,
        person_id=row.person_id,
        post=row.post,
        post_zh=BodyMember.POSTS.get(row.post, row.post),
        since=row.valid_from,
        until=row.valid_to,
    )


@router.get(
    "/bodies/{slug}/{key}/members", response={200: BodyMembersOut, **ERRORS}, summary="会议成员 / members of a body"
)
@requires("meeting_body", "read")
def list_members(request: HttpRequest, slug: SlugPath, key: KeyPath, q: Query[OnQuery]) -> BodyMembersOut:
    """该日的成员：来自组织数据（org），或手工登记（hand，附记录编号、职务、起止日期）。
    / The members that day: from the org chart ("org") or entered by hand ("hand": the row's id, post, dates)."""
    b = body_for(request, slug, key, "read")
    day = q.on or dt.date.today()
    rows = roster(b, day)
    chief = next((r.person.name for r in rows if r.chief), None)
    return BodyMembersOut(
        body=b.key,
        name_zh=b.name_zh,
        name_en=b.name_en,
        on=day,
        branch=service.is_branch(b),
        org_role=b.role,
        chief=chief,
        members=[member_out(r) for r in rows],
    )


@router.post(
    "/bodies/{slug}/{key}/members", response={201: BodyMemberRowOut, **ERRORS}, summary="登记成员 / enter a member"
)
@requires("meeting_body", "write")
def enter_member(request: HttpRequest, slug: SlugPath, key: KeyPath, body: BodyMemberIn) -> Status:
    """办公室为组织数据未列出成员的会议登记成员（起止日期含当日；党支部会议可登记书记，同一时间只有一名）；
    已是成员、第二名书记均不予登记。 / The office enters a member (dates inclusive; a Party branch's 书记, one at a
    time); an existing member or a second secretary is refused."""
    b = body_for(request, slug, key, "write")
    if (body.person is None) == (body.person_id is None):
        raise BadInput(
            "person：请填写姓名或人员编号（二选一）", "person: give either the name or the person id", "person"
        )
    who: str | int = body.person_id if body.person_id is not None else str(body.person)
    row = service.add_body_member(b, who, body.since, until=body.until, post=body.post, actor=request.user)
    return Status(201, member_row_out(row))


@router.post(
    "/body-members/{member_id}/end", response={200: BodyMemberRowOut, **ERRORS}, summary="任期结束 / end a membership"
)
@requires("meeting_body", "write")
def end_member(request: HttpRequest, member_id: IdPath, body: BodyMemberEndIn) -> BodyMemberRowOut:
    """登记手工登记成员的任期最后一日（含当日）；记录保留，以往会议的成员不变。
    / The last day of a hand-entered membership (inclusive); the row stays, so past meetings keep their members."""
    row = body_member_for(request, member_id)
    return member_row_out(service.end_body_member(row, body.until, actor=request.user))


# --- meetings --------------------------------------------------------------------------------------------


@router.get("/meetings", response={200: list[MeetingOut], **ERRORS}, summary="会议列表 / meetings")
@requires("record", "read")
def list_meetings(request: HttpRequest, f: Query[MeetingFilter]) -> list[MeetingOut]:
    """本人可见的会议，最新在前。 / Meetings I may see, newest first."""
    qs = scoped(request, "record", Meeting.objects.select_related("agency", "body", "chair", "recorder"))
    if f.agency:
        qs = qs.filter(agency__slug=f.agency)
    if f.body:
        qs = qs.filter(body__key=f.body)
    if f.status:
        qs = qs.filter(status=f.status)
    return [meeting_out(m) for m in qs[:200]]


@router.post("/meetings", response={201: MeetingDetail, **ERRORS}, summary="筹备会议 / plan a meeting")
@requires("record", "create")
def create_meeting(request: HttpRequest, body: MeetingIn) -> Status:
    """筹备一次会议；返回议题报送与通知时限。 / Plan a meeting; the agenda deadlines come back."""
    authorize(request, "create", "record", agency_scope(body.agency))
    with transaction.atomic():  # syncing the bodies and planning succeed or leave nothing behind
        return Status(201, _create_meeting(request, body))


def _create_meeting(request: HttpRequest, body: MeetingIn) -> MeetingDetail:
    b = service.body(body.agency, body.body)
    from zhidu.org.service import sections_of

    mine = sorted(sections_of(request.user, body.date))
    m = service.plan_meeting(
        b,
        body.date,
        place=body.place,
        number=body.number,
        chair=body.chair or None,
        recorder=body.recorder or None,
        section=mine[0] if mine else None,
        actor=request.user,
    )
    return meeting_detail(m)


@router.get("/meetings/{meeting_id}", response={200: MeetingDetail, **ERRORS}, summary="会议 / a meeting")
@requires("record", "read")
def get_meeting(request: HttpRequest, meeting_id: IdPath) -> MeetingDetail:
    """会议、议程、出席和时限。 / A meeting with its agenda, attendance and deadlines."""
    return meeting_detail(meeting_for(request, meeting_id, "read"))


def _decode(m: MaterialIn) -> tuple[str, bytes, str]:
    try:
        data = base64.b64decode(m.data_base64, validate=True)
    except (binascii.Error, ValueError):
        raise BadInput("data_base64：不是有效的 base64", "data_base64: not valid base64", "data_base64") from None
    return m.name, data, m.content_type


@router.post("/meetings/{meeting_id}/items", response={201: ItemOut, **ERRORS}, summary="提交议题 / propose an item")
@requires("record", "create")
def propose(request: HttpRequest, meeting_id: IdPath, body: ItemIn) -> Status:
    """科室经办公室提交议题（分类、时限、临时动议按制度校验）。 / A section proposes an item (checked)."""
    m = meeting_for(request, meeting_id, "create")
    changes = None
    if body.changes is not None:
        changes = decision_for(request, body.changes, "read")
    mats = [_decode(x) for x in body.materials]
    it = service.propose_item(
        m,
        title=body.title,
        kind=body.kind,
        summary=body.summary,
        section=body.section,
        proposer=request.user,
        amount=body.amount,
        cadre=body.cadre,
        disciplinary=body.disciplinary,
        project=body.project,
        large_fund=body.large_fund,
        submitted_on=body.submitted_on,
        ad_hoc=body.ad_hoc,
        urgent=body.urgent,
        deputy_in_charge=body.deputy_in_charge,
        changes=changes,
        materials=mats,
        probation_since=body.probation_since,
        actor=request.user,
    )
    return Status(201, item_out(it))


@router.post("/meetings/{meeting_id}/notice", response={200: MeetingDetail, **ERRORS}, summary="会议通知 / notify")
@requires("record", "update")
def notice(request: HttpRequest, meeting_id: IdPath, body: NoticeIn) -> MeetingDetail:
    """通知成员和列席人员（通知时限按制度校验）。 / Notify members and attendees (notice period checked)."""
    m = meeting_for(request, meeting_id, "update")
    service.send_notice(
        m,
        on=body.on,
        in_writing=body.in_writing,
        materials_sent_on=body.materials_sent_on,
        discipline_notified=body.discipline_notified,
        actor=request.user,
        version=body.version,
    )
    return meeting_detail(m)


@router.post("/meetings/{meeting_id}/attendees", response={200: AttendanceOut, **ERRORS}, summary="列席 / attendee")
@requires("record", "update")
def attendee(request: HttpRequest, meeting_id: IdPath, body: AttendeeIn) -> AttendanceOut:
    """登记列席人员（不表决）。 / Add a non-voting attendee."""
    m = meeting_for(request, meeting_id, "update")
    a = service.add_attendee(m, body.person, body.attendee_role, actor=request.user)
    return AttendanceOut(
        person=a.person.name,
        member=a.member,
        attendee_role=a.attendee_role,
        status=a.status,
        leave_reason=a.leave_reason,
        leave_asked_before=a.leave_asked_before,
        written_opinion=a.written_opinion,
    )


@router.post("/meetings/{meeting_id}/attendance", response={200: AttendanceOut, **ERRORS}, summary="出席 / attendance")
@requires("record", "create")
def attendance(request: HttpRequest, meeting_id: IdPath, body: AttendanceIn) -> AttendanceOut:
    """成员出席、请假（事由）或缺席；未到会成员的书面意见不计票。 / Presence, leave or absence; written opinions
    are never votes."""
    m = meeting_for(request, meeting_id, "create")
    p = acting_for(request, m, body.person)
    a = service.mark_attendance(
        m,
        p,
        body.status,
        reason=body.reason,
        asked_before=body.asked_before,
        written_opinion=body.written_opinion,
        actor=request.user,
    )
    return AttendanceOut(
        person=a.person.name,
        member=a.member,
        attendee_role=a.attendee_role,
        status=a.status,
        leave_reason=a.leave_reason,
        leave_asked_before=a.leave_asked_before,
        written_opinion=a.written_opinion,
    )


@router.post("/meetings/{meeting_id}/convene", response={200: MeetingDetail, **ERRORS}, summary="召开 / convene")
@requires("record", "update")
def convene(request: HttpRequest, meeting_id: IdPath, body: ConveneIn) -> MeetingDetail:
    """按到会人数、主持人、列席要求校验后召开。 / Convene after the quorum, chair and attendees are checked."""
    m = meeting_for(request, meeting_id, "update")
    service.convene(
        m,
        chair=_opt_person(m, body.chair, "chair"),
        chair_entrusted=body.chair_entrusted,
        discipline_notified=body.discipline_notified,
        on=body.on,
        actor=request.user,
        version=body.version,
    )
    return meeting_detail(m)


@router.post("/meetings/{meeting_id}/minutes", response={201: MinutesOut, **ERRORS}, summary="生成纪要 / minutes")
@requires("record", "update")
def generate(request: HttpRequest, meeting_id: IdPath, body: GenerateIn) -> Status:
    """按会议情况生成纪要（Word 与 PDF）。 / Generate the minutes (.docx and PDF) from what happened."""
    m = meeting_for(request, meeting_id, "update")
    return Status(201, minutes_out(service.generate_minutes(m, notes=body.notes, actor=request.user)))


# --- items -----------------------------------------------------------------------------------------------


@router.get("/items/{item_id}", response={200: ItemOut, **ERRORS}, summary="议题 / an item")
@requires("record", "read")
def get_item(request: HttpRequest, item_id: IdPath) -> ItemOut:
    """议题及主持人实时视图（到会、回避、发言顺序、计票、结论）。 / The item and the chair's live view."""
    return item_out(item_for(request, item_id, "read"))


@router.post("/items/{item_id}/list", response={200: ItemOut, **ERRORS}, summary="审定列入 / list")
@requires("record", "update")
def list_item(request: HttpRequest, item_id: IdPath, body: ListIn) -> ItemOut:
    """议题经审定列入议程。 / Put the item on the agenda (approved by the chair)."""
    it = item_for(request, item_id, "update")
    return item_out(
        service.list_item(it, proposed_by_chief=body.proposed_by_chief, actor=request.user, version=body.version)
    )


@router.post("/items/{item_id}/withdraw", response={200: ItemOut, **ERRORS}, summary="撤回 / withdraw")
@requires("record", "update")
def withdraw(request: HttpRequest, item_id: IdPath, body: WithdrawIn) -> ItemOut:
    """撤回尚未表决的议题。 / Withdraw an item not yet voted on."""
    it = item_for(request, item_id, "update")
    return item_out(service.withdraw_item(it, reason=body.reason, actor=request.user))


@router.post("/items/{item_id}/materials", response={201: ItemOut, **ERRORS}, summary="材料 / add a paper")
@requires("record", "create")
def add_material(request: HttpRequest, item_id: IdPath, body: MaterialIn) -> Status:
    """为议题添加会议材料（base64）。 / Attach a paper (base64) to the item."""
    it = item_for(request, item_id, "create")
    name, data, ctype = _decode(body)
    service.add_material(it, name, data, ctype, actor=request.user)
    return Status(201, item_out(it))


@router.get("/materials/{material_id}", response={200: None, **ERRORS}, summary="下载材料 / download a paper")
@requires("record", "read")
def get_material(request: HttpRequest, material_id: IdPath) -> HttpResponse:
    """下载会议材料。 / Download a paper."""
    mat = Material.objects.select_related("item").filter(pk=material_id).first()
    if mat is None:
        raise Denied("找不到该资源", "Not found.", 404)
    item_for(request, mat.item_id, "read")
    resp = HttpResponse(bytes(mat.data), content_type=mat.content_type)
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(mat.name)}"
    return resp


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


@router.post("/items/{item_id}/take-up", response={200: ItemOut, **ERRORS}, summary="开始讨论 / take up")
@requires("record", "update")
def take_up(request: HttpRequest, item_id: IdPath) -> ItemOut:
    """主持人开始讨论议题（按议题类别校验到会人数）。 / Open the item (its quorum checked per kind)."""
    it = item_for(request, item_id, "update")
    return item_out(service.take_up(it, actor=request.user))


@router.post("/items/{item_id}/recusals", response={201: ItemOut, **ERRORS}, summary="回避 / step aside")
@requires("record", "create")
def recuse(request: HttpRequest, item_id: IdPath, body: RecusalIn) -> Status:
    """成员就本议题回避（影响本议题到会人数）。 / A member steps aside (the item's quorum is recounted)."""
    it = item_for(request, item_id, "create")
    p = acting_for(request, it.meeting, body.person)
    service.recuse(it, p, grounds=list(body.grounds), note=body.note, actor=request.user)
    return Status(201, item_out(it))


@router.post("/items/{item_id}/statements", response={201: ItemOut, **ERRORS}, summary="表态 / state a position")
@requires("record", "create")
def state(request: HttpRequest, item_id: IdPath, body: StatementIn) -> Status:
    """成员按顺序表态（主要负责人末位表态）。 / A member states a position (the chief speaks last)."""
    it = item_for(request, item_id, "create")
    p = acting_for(request, it.meeting, body.person)
    service.state_position(it, p, body.position, reason=body.reason, actor=request.user)
    return Status(201, item_out(it))


@router.post("/items/{item_id}/votes", response={201: ItemOut, **ERRORS}, summary="表决 / vote")
@requires("record", "create")
def cast(request: HttpRequest, item_id: IdPath, body: VoteIn) -> Status:
    """成员逐项表决（非成员、重复表决、已议决的议题不得表决）。 / A member votes (refused for non-members,
    second votes and closed items)."""
    it = item_for(request, item_id, "create")
    p = acting_for(request, it.meeting, body.person)
    service.vote(it, p, body.choice, method=body.method, actor=request.user)
    return Status(201, item_out(it))


@router.post("/items/{item_id}/close", response={200: ItemOut, **ERRORS}, summary="议决 / close the item")
@requires("record", "update")
def close(request: HttpRequest, item_id: IdPath, body: CloseIn) -> ItemOut:
    """按制度的通过票数形成结果（通过、未通过、缓议）；通过的形成决定并交办落实。
    / Decide the outcome by the text's threshold; a passed item becomes a decision with follow-up tasks."""
    it = item_for(request, item_id, "update")
    m = it.meeting
    service.close_item(
        it,
        decision_text=body.decision_text,
        disagreement=body.disagreement,
        emergency=body.emergency,
        postpone=body.postpone,
        conclusion=body.conclusion,
        due_on=body.due_on,
        in_charge=[service.person_of(m.agency, n, "in_charge") for n in body.in_charge],
        lead=_opt_person(m, body.lead, "lead"),
        actor=request.user,
        version=body.version,
    )
    it.refresh_from_db()
    return item_out(it)


# --- minutes ---------------------------------------------------------------------------------------------


@router.get("/minutes/{minutes_id}", response={200: MinutesOut, **ERRORS}, summary="纪要 / minutes")
@requires("record", "read")
def get_minutes(request: HttpRequest, minutes_id: IdPath) -> MinutesOut:
    """会议纪要（内容、须签名、归档状态）。 / The minutes (content, signatures, filing)."""
    return minutes_out(minutes_for(request, minutes_id, "read"))


@router.patch("/minutes/{minutes_id}", response={200: MinutesOut, **ERRORS}, summary="修改纪要 / edit minutes")
@requires("record", "update")
def edit_minutes(request: HttpRequest, minutes_id: IdPath, body: MinutesEditIn) -> MinutesOut:
    """记录人补充（归档后不得修改）。 / The recorder's notes (refused once filed)."""
    x = minutes_for(request, minutes_id, "update")
    return minutes_out(service.edit_minutes(x, notes=body.notes, actor=request.user, version=body.version))


@router.post("/minutes/{minutes_id}/sign", response={200: MinutesOut, **ERRORS}, summary="签名 / sign")
@requires("record", "create")
def sign(request: HttpRequest, minutes_id: IdPath, body: SignIn) -> MinutesOut:
    """须签名的人员在纪要上签名。 / A required signer signs."""
    x = minutes_for(request, minutes_id, "create")
    p = acting_for(request, x.meeting, body.person)
    return minutes_out(service.sign_minutes(x, p, actor=request.user))


@router.post("/minutes/{minutes_id}/file", response={200: MinutesOut, **ERRORS}, summary="归档 / file")
@requires("record", "update")
def file(request: HttpRequest, minutes_id: IdPath, body: VersionIn) -> MinutesOut:
    """归档（须签名齐全）；归档后不可修改。 / File the minutes (signatures complete); immutable afterwards."""
    x = minutes_for(request, minutes_id, "update")
    return minutes_out(service.file_minutes(x, actor=request.user, version=body.version))


@router.get("/minutes/{minutes_id}/download", response={200: None, **ERRORS}, summary="下载纪要 / download")
@requires("record", "read")
def download(request: HttpRequest, minutes_id: IdPath, q: Query[DownloadQuery]) -> HttpResponse:
    """纪要的 Word 或 PDF 文件。 / The minutes as .docx or PDF."""
    x = minutes_for(request, minutes_id, "read")
    data, ctype, name = service.minutes_file(x, q.format)
    resp = HttpResponse(data, content_type=ctype)
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp


# --- decisions -------------------------------------------------------------------------------------------


@router.get("/decisions", response={200: list[DecisionOut], **ERRORS}, summary="决定 / decisions")
@requires("record", "read")
def list_decisions(request: HttpRequest, f: Query[DecisionFilter]) -> list[DecisionOut]:
    """本人可见的会议决定及落实情况。 / Decisions I may see, with their follow-up."""
    qs = scoped(request, "record", Decision.objects.select_related("agency", "body", "item"))
    if f.agency:
        qs = qs.filter(agency__slug=f.agency)
    if f.status:
        qs = qs.filter(status=f.status)
    return [decision_out(d) for d in qs[:200]]


@router.get("/decisions/{decision_id}", response={200: DecisionOut, **ERRORS}, summary="决定 / a decision")
@requires("record", "read")
def get_decision(request: HttpRequest, decision_id: IdPath) -> DecisionOut:
    """一项决定、落实期限和待办。 / A decision, its report deadline and tasks."""
    return decision_out(decision_for(request, decision_id, "read"))


@router.post("/decisions/{decision_id}/change", response={200: DecisionOut, **ERRORS}, summary="变更 / change")
@requires("record", "create")
def change(request: HttpRequest, decision_id: IdPath, body: ChangeIn) -> DecisionOut:
    """变更决定：只能由原会议复议（重新表决），其他会议或个人无权更改（引用条款）。
    / Change a decision: only a new vote of the same body may; anyone else is refused with the clause."""
    d = Decision.objects.select_related("agency", "body", "item").filter(pk=decision_id).first()
    if d is None:
        raise Denied("找不到该资源", "Not found.", 404)
    authorize(request, "create", "record", d)
    service.change_decision(d, text=body.text, by=body.by, emergency=body.emergency, actor=request.user)
    return decision_out(d)


@router.post("/decisions/{decision_id}/report", response={200: DecisionOut, **ERRORS}, summary="落实报送 / report")
@requires("record", "create")
def report(request: HttpRequest, decision_id: IdPath, body: ReportIn) -> DecisionOut:
    """负责落实的成员报送落实情况（办结待办）。 / The member in charge reports; the task closes."""
    d = Decision.objects.select_related("agency", "body", "item", "item__meeting").filter(pk=decision_id).first()
    if d is None:
        raise Denied("找不到该资源", "Not found.", 404)
    authorize(request, "create", "record", d)
    p = acting_for(request, d.item.meeting, body.person)
    return decision_out(service.report_back(d, p, text=body.text, on=body.on, actor=request.user))


__all__ = ["Body", "router"]
