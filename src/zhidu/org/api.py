"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/org/.

    GET  /api/v1/org/{slug}?on=DATE        sections, posts and holders, 分管 and acting on that day
    POST /api/v1/org/{slug}/resolve        {roles, on, area?, section?, requester?, handler?, conflicted?}
                                           → who must act per role, refusals with the clauses cited

Errors are the API's (zhidu.api.api): bad input 422 naming the field, unknown agency 404, both bilingual.
"""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from zhidu.access import authorize, requires
from zhidu.api.schemas import CitationOut, ErrorOut, SlugPath
from zhidu.core.org import parse_date_or_today

from . import service

router = Router()

ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


# --- shapes -----------------------------------------------------------------------------------------


class AreaOut(Schema):
    id: str = Field(description="工作领域标识 / area id", examples=["finance"])
    zh: str = Field(description="中文名称 / name in Chinese", examples=["财务"])
    en: str = Field(description="英文名称 / name in English", examples=["finance"])


class OrgSectionOut(Schema):
    key: str = Field(description="科室标识 / section key", examples=["jihua_caiwu"])
    name: str = Field(description="科室或单位名称（原文写法）/ name as the text writes it", examples=["计划财务科"])
    kind: str = Field(description="section 内设科室 · unit 所属单位 / internal section or affiliated unit")
    aliases: list[str] = Field(description="文本中的其他写法 / other names the text uses")
    areas: list[str] = Field(description="承担的工作领域 / areas of work the section carries")
    cite: str = Field(description="名称出处的引用编号 / where the text names it", examples=["tongyu-hrss:5:3"])
    heads: list[str] = Field(description="该日的负责人 / heads on that day")
    staff: list[str] = Field(description="该日的工作人员 / staff on that day")
    in_charge: list[str] = Field(description="该日分管的领导 / leaders in charge (分管) on that day")


class PostOut(Schema):
    role: str = Field(description="角色标识（DESIGN §7）/ role id", examples=["chief"])
    role_zh: str = Field(description="角色中文名 / role in Chinese", examples=["一把手（局长/主任）"])
    holders: list[str] = Field(description="该日任此职者 / who holds it on that day")


class BodyOut(Schema):
    role: str = Field(description="集体机构标识 / body id", examples=["party_group_meeting"])
    role_zh: str = Field(description="中文名 / name in Chinese", examples=["党组会"])
    members: list[str] = Field(description="该日的组成人员 / members on that day")
    cite: str | None = Field(description="组成依据的引用编号 / clause setting it up, if any")


class InChargeOut(Schema):
    person: str = Field(description="分管领导 / the leader")
    sections: list[str] = Field(description="分管的科室 / sections in their charge")
    areas: list[str] = Field(description="分管的工作领域 / areas of work in their charge", examples=[["finance"]])
    areas_zh: list[str] = Field(description="工作领域中文名 / the areas in Chinese", examples=[["财务"]])
    areas_en: list[str] = Field(description="工作领域英文名 / the areas in English", examples=[["finance"]])


class ActingOut(Schema):
    person: str = Field(description="代理（主持工作）者 / who stands in")
    for_role: str | None = Field(description="代理的职务 / the post stood in for", examples=["chief"])
    for_role_zh: str | None = Field(description="职务中文名 / the post in Chinese")
    for_person: str | None = Field(description="被代理者 / the person stood in for")
    areas: list[str] = Field(description="只限这些工作领域（空为全部）/ limited to these areas (empty: all)")
    from_: str = Field(alias="from", description="起始日（含）/ first day", examples=["2026-03-02"])
    to: str | None = Field(description="终止日（含）/ last day", examples=["2026-03-13"])
    reason: str = Field(description="事由 / reason")
    cite: str = Field(description="依据条款的引用编号 / clause it rests on", examples=["baicheng-fupin:1:8"])
    quote: str = Field(description="依据条款原文摘句 / the words relied on")


class RefusalRuleOut(Schema):
    kind: str = Field(description="禁止类别 / kind of refusal", examples=["chief_direct"])
    kind_zh: str = Field(description="类别中文名 / kind in Chinese")
    kind_en: str = Field(description="类别英文名 / kind in English")
    roles: list[str] = Field(description="只对这些角色（空为全部）/ applies to these roles (empty: any)")
    areas: list[str] = Field(description="只对这些领域（空为全部）/ applies to these areas (empty: any)")
    cites: list[str] = Field(description="所依据条款 / clauses cited")
    reading: str = Field(description="对条文的解读 / the reading chosen")


class OrgOut(Schema):
    agency: str = Field(description="机构标识 / agency id", examples=["tongyu-hrss"])
    agency_name: str = Field(description="机构名称 / agency name")
    on: str = Field(description="日期 / the day shown", examples=["2026-03-02"])
    demo: bool = Field(description="人员是否为演示数据 / whether the people are demo data")
    areas: list[AreaOut] = Field(description="工作领域 / areas of work")
    sections: list[OrgSectionOut] = Field(description="科室与单位 / sections and units")
    leadership: list[PostOut] = Field(description="领导职务及任职者 / leadership posts and holders")
    bodies: list[BodyOut] = Field(description="集体机构及组成人员 / collective bodies and members")
    in_charge: list[InChargeOut] = Field(description="分管 / who is in charge of what")
    acting: list[ActingOut] = Field(description="该日的代理安排 / acting arrangements on that day")
    refusals: list[RefusalRuleOut] = Field(description="本机构文本规定的禁止情形 / what the agency's text forbids")


class ResolveIn(Schema):
    roles: list[str] = Field(
        description="校验结论中的审批角色 / the verdict's role ids", examples=[["section_head", "chief"]], max_length=50
    )
    on: str | None = Field(
        default=None, description="日期 YYYY-MM-DD（默认今天）/ the day (default today)", examples=["2026-03-02"]
    )
    area: str | None = Field(
        default=None, description="事项所属工作领域 / the matter's area of work", examples=["finance"], max_length=40
    )
    section: str | None = Field(
        default=None,
        description="事项所属科室（标识或名称）/ the matter's section",
        examples=["计划财务科"],
        max_length=80,
    )
    requester: str | None = Field(
        default=None, description="申请人姓名 / the requester's name", examples=["周九"], max_length=50
    )
    handler: str | None = Field(default=None, description="经办人姓名 / the handler's name", max_length=50)
    conflicted: list[str] = Field(
        default_factory=list,
        description="与本事项有利害关系（本人或亲属）的人员 / people with a conflict",
        max_length=50,
    )


class RefusalOut(Schema):
    rule: str = Field(description="规则标识 / rule id", examples=["org.chief_direct"])
    role: str = Field(description="被拒绝的角色 / the role refused")
    person: str = Field(description="被拒绝者 / the person refused")
    message_zh: str = Field(description="中文说明 / message in Chinese")
    message_en: str = Field(description="英文说明 / message in English")
    citations: list[CitationOut] = Field(description="所依据的条款 / clauses applied")
    routed_to: list[str] = Field(description="改由何人办理 / who acts instead")


class ActingNoteOut(Schema):
    person: str = Field(description="代理者 / who stands in")
    for_person: str = Field(description="被代理者 / in whose stead")
    for_role: str | None = Field(description="代理的职务 / the post stood in for")
    reason: str = Field(description="事由 / reason")
    from_: str = Field(alias="from", description="起始日 / first day")
    to: str | None = Field(description="终止日 / last day")
    citation: CitationOut | None = Field(description="依据条款 / clause it rests on")


class StepOut(Schema):
    role: str = Field(description="角色标识 / role id")
    role_zh: str = Field(description="角色中文名 / role in Chinese")
    persons: list[str] = Field(description="须办理者 / who must act")
    mode: str = Field(description="person 各人 · any 任一人 · body 集体 · outside 机构以外 / how they act")
    acting: list[ActingNoteOut] = Field(description="适用的代理安排 / acting arrangements applied")
    note_zh: str = Field(description="说明 / note in Chinese")
    note_en: str = Field(description="说明 / note in English")


class NoteOut(Schema):
    message_zh: str = Field(description="中文说明 / message in Chinese")
    message_en: str = Field(description="英文说明 / message in English")


class ResolutionOut(Schema):
    agency: str = Field(description="机构标识 / agency id")
    on: str = Field(description="日期 / the day")
    roles: list[str] = Field(description="所求角色 / roles asked for")
    area: str | None = Field(description="工作领域 / area of work")
    section: str | None = Field(description="科室标识 / section key")
    requester: str | None = Field(description="申请人 / requester")
    handler: str | None = Field(description="经办人 / handler")
    conflicted: list[str] = Field(description="有利害关系者 / people with a conflict")
    complete: bool = Field(description="每个角色都有人办理 / every role has someone to act")
    persons: list[str] = Field(description="须办理的全部人员 / everyone who must act")
    steps: list[StepOut] = Field(description="逐个角色 / per role")
    refusals: list[RefusalOut] = Field(description="被拒绝的组合及依据 / refused combinations with the clauses")
    notes: list[NoteOut] = Field(description="文本未作规定的情形（不拒绝）/ combinations the text is silent on")


# --- endpoints --------------------------------------------------------------------------------------


def _allowed(request: HttpRequest, action: str, slug: str) -> str:
    """The agency's org data, if the user may ``action`` it (own agency); another agency's answers 404."""
    authorize(request, action, "org", service.agency_scope(slug))
    return slug


@router.get(
    "/{slug}",
    response={200: OrgOut, **ERRORS},
    by_alias=True,
    summary="组织机构：某日的科室、职务与任职者、分管和代理 / the organisation on a day",
)
@requires("org", "read")
def get_org(
    request: HttpRequest,
    slug: SlugPath,
    on: Annotated[
        str | None, Query(description="日期 YYYY-MM-DD（默认今天）/ the day (default today)", examples=["2026-03-02"])
    ] = None,
) -> OrgOut:
    """科室与单位（文本写法及出处）、该日的任职者、分管、代理，以及本机构文本规定的禁止情形。
    / Sections and units (as the text names them, with where), holders on that day, who is in charge of what,
    acting arrangements, and what the agency's text forbids."""
    day = parse_date_or_today(on)
    return OrgOut.model_validate(service.snapshot(_allowed(request, "read", slug), day))


@router.post(
    "/{slug}/resolve",
    response={200: ResolutionOut, **ERRORS},
    by_alias=True,
    summary="确定审批人：把校验结论中的角色落到某日须办理的人，并给出被拒绝的组合及依据 / resolve approvers",
)
@requires("org", "resolve")
def resolve(request: HttpRequest, slug: SlugPath, body: ResolveIn) -> ResolutionOut:
    """按日期把角色落到人（适用代理安排），拒绝文本禁止的组合并引用条款：一把手直接审批五个不直接管事项、
    本人审批本人申请、经办人兼审批、有利害关系者未回避。

    Turn a verdict's role ids into the people who must act that day (acting arrangements applied), refusing with
    the clause cited what the agency's text forbids: the chief directly approving the five areas, approving one's
    own request, the handler also approving, a person with a conflict acting."""
    day = parse_date_or_today(body.on)
    res = service.resolve(
        _allowed(request, "resolve", slug),
        body.roles,
        day,
        requester=body.requester,
        handler=body.handler,
        area=body.area,
        section=body.section,
        conflicted=body.conflicted,
    )
    return ResolutionOut.model_validate(res.as_dict())
