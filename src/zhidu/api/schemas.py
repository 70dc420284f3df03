"""Response shapes of the HTTP API (/api/v1/). Every field says what it is in Chinese and English."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from ninja import Field, Path, Schema

Kind = Literal["ENFORCE", "WORKFLOW", "CHECKLIST", "TEXT"]

KIND_DOC = "制度类别：ENFORCE 可强制校验 · WORKFLOW 流程 · CHECKLIST 清单 · TEXT 文本 / kind of 制度"


# --- parameters shared by the apps' routers ---------------------------------------------------------

MAX_ID = 2**62  # ids and sequence numbers past this are refused (422) before the database is asked
SlugPath = Annotated[str, Path(description="机构标识 / agency id", examples=["tongyu-hrss"])]


def blank_is_none(value: Any) -> Any:
    """``?kind=`` (an empty form field) means no filter: use as ``BeforeValidator(blank_is_none)``."""
    return None if isinstance(value, str) and not value.strip() else value


# --- errors -------------------------------------------------------------------------------------


class FieldError(Schema):
    field: str | None = Field(description="出错的参数 / the parameter at fault")
    message_zh: str = Field(description="中文说明 / message in Chinese")
    message_en: str = Field(description="英文说明 / message in English")


class ErrorBody(Schema):
    message_zh: str = Field(description="中文说明 / message in Chinese", examples=["没有机构 'nowhere'"])
    message_en: str = Field(description="英文说明 / message in English", examples=["no agency 'nowhere'"])
    field: str | None = Field(
        description="出错的参数或对象（如 q、limit、agency、cite），无则为 null / the parameter or object at fault",
        examples=["agency"],
    )
    details: list[FieldError] | None = Field(
        default=None, description="参数校验的逐项错误（仅 422）/ each failed parameter check (422 only)"
    )
    verdict: dict[str, Any] | None = Field(
        default=None,
        description=(
            "规则不允许时的校验结论（含引用条款）/ the verdict, with the clauses cited, when the rules refuse a step"
        ),
    )


class ErrorOut(Schema):
    """Every error answer: 401 未登录, 404 不存在, 422 输入有误."""

    error: ErrorBody


# --- agencies -----------------------------------------------------------------------------------


class AgencyOut(Schema):
    slug: str = Field(description="机构标识 / agency id", examples=["tongyu-hrss"])
    name: str = Field(description="机构名称 / name in Chinese", examples=["通榆县人力资源和社会保障局"])
    name_en: str = Field(description="英文名称 / name in English")
    systems: int = Field(description="制度数 / number of 制度 (rulebook systems)")
    by_kind: dict[str, int] = Field(description="按类别统计的制度数 / number of 制度 per kind (ENFORCE, WORKFLOW, …)")


class DomainCount(Schema):
    domain: str = Field(description="领域 / domain", examples=["governance-meetings"])
    systems: int = Field(description="该领域的制度数 / number of 制度 in this domain")


class AgencyDetail(AgencyOut):
    domains: list[DomainCount] = Field(description="按领域统计的制度数 / number of 制度 per domain")
    work_items: int = Field(description="部门职责登记表中的工作事项数（无登记表为 0）/ work items of the duty register")


# --- systems and clauses ------------------------------------------------------------------------


class SystemOut(Schema):
    cite: str = Field(description="制度引用编号 / citation id of the 制度", examples=["tongyu-hrss:2"])
    agency: str = Field(description="机构标识 / agency id", examples=["tongyu-hrss"])
    number: int = Field(
        description="机构内按文档顺序的制度号 / number of the 制度 within its agency, in document order"
    )
    title: str = Field(description="制度名称 / title in Chinese", examples=["党组会议制度"])
    title_en: str = Field(description="英文名称 / title in English")
    domain: str = Field(description="领域 / domain", examples=["governance-meetings"])
    kind: Kind = Field(description=KIND_DOC)
    catalog_ids: list[str] = Field(description="目录编号 / ids in the source catalogue")


class ClauseOut(Schema):
    """One segment of a 制度's verbatim text."""

    seq: int = Field(description="段落序号（制度内从 0 起）/ position of the segment in the 制度, from 0")
    cite: str | None = Field(
        description="引用编号；章标题为 null / citation id; null for a chapter heading", examples=["tongyu-hrss:2:3.5"]
    )
    path: str | None = Field(
        description="条款路径：'3.5' 即第三条第（五）项，'' 为制度开头，章标题为 null / "
        "clause path: '3.5' is article 3 item 5, '' the head of the 制度, null a chapter heading",
        examples=["3.5"],
    )
    label: str = Field(description="条款名称 / clause label", examples=["第三条第（五）项"])
    display: str = Field(description="引用时的写法 / display form", examples=["《党组会议制度》第三条第（五）项"])
    text: str = Field(description="原文（保留原标点与换行）/ verbatim text, original punctuation and line breaks")
    depth: int = Field(
        description="层级：0 开头或章标题，1 条，2 款/项 … / nesting depth: 0 head or chapter, 1 article, …"
    )
    family: str = Field(description="编号样式 / numbering family", examples=["article", "cn_paren"])
    marker: str = Field(description="原文中的编号 / the number as written", examples=["（五）"])
    anchor: str = Field(description="网页中的锚点 / HTML anchor on the 制度's page", examples=["c3-5"])


class SystemDetail(SystemOut):
    agency_name: str = Field(description="机构名称 / agency name")
    clauses: list[ClauseOut] = Field(description="全部段落，按原文顺序 / every segment, in text order")


class ClauseDetail(Schema):
    cite: str = Field(description="引用编号 / citation id", examples=["tongyu-hrss:2:4"])
    display: str = Field(description="引用时的写法 / display form", examples=["《党组会议制度》第四条"])
    label: str = Field(description="条款名称（制度开头为空）/ clause label (empty for the whole 制度)")
    path: str = Field(description="条款路径（制度开头为 ''）/ clause path ('' for the whole 制度)", examples=["4"])
    depth: int = Field(description="层级 / nesting depth")
    text: str = Field(description="本段原文 / verbatim text of this segment only")
    full_text: str = Field(description="本条款及其下各款项的完整原文 / verbatim text of the clause with all under it")
    system: SystemOut = Field(description="所属制度 / the 制度 it belongs to")
    agency_name: str = Field(description="机构名称 / agency name")
    segments: list[ClauseOut] = Field(description="其下的各段（不含本段）/ the segments under it (not itself)")


# --- search -------------------------------------------------------------------------------------


class SnippetPiece(Schema):
    text: str = Field(description="原文片段 / piece of verbatim text")
    hit: bool = Field(description="是否命中检索词（应高亮）/ whether it matches the query (highlight it)")


class SearchHitOut(Schema):
    cite: str = Field(description="引用编号 / citation id", examples=["tongyu-hrss:2:3.5"])
    display: str = Field(description="引用时的写法 / display form", examples=["《党组会议制度》第三条第（五）项"])
    system_title: str = Field(description="制度名称 / title of the 制度")
    system_cite: str = Field(description="制度引用编号 / citation id of the 制度", examples=["tongyu-hrss:2"])
    agency: str = Field(description="机构标识 / agency id")
    agency_name: str = Field(description="机构名称 / agency name")
    domain: str = Field(description="领域 / domain")
    score: float = Field(description="相关度（越大越相关）/ relevance, higher is better")
    pieces: list[SnippetPiece] = Field(description="摘要，按片段给出 / snippet as pieces, hits marked")
    url: str = Field(description="该条款的网页地址 / web page of the clause")


class SearchPageOut(Schema):
    query: str = Field(description="检索词 / the query")
    total: int = Field(description="命中总数 / number of hits in all")
    offset: int = Field(description="本页起始位置 / offset of this page")
    limit: int = Field(description="每页条数 / page size")
    hits: list[SearchHitOut] = Field(description="本页结果，相关度从高到低 / this page's hits, best first")


# --- work items ---------------------------------------------------------------------------------


class WorkItemOut(Schema):
    system: str = Field(
        description="所在制度（主要职责）的引用编号 / citation id of the duty's 制度", examples=["yuanshi-hrss:1"]
    )
    system_title: str = Field(description="主要职责 / the duty")
    duty_no: int = Field(description="主要职责序号 / number of the duty")
    item_no: int = Field(description="该职责下的工作事项序号 / number of the work item within its duty")
    text: str = Field(description="具体工作事项 / the work item")
    sections: list[str] = Field(
        description="承办科室（登记表未填则为空）/ responsible section(s); empty where the register names none",
        examples=[["政策法规科"]],
    )
    remark: str = Field(description="备注 / remark")


class SectionCount(Schema):
    section: str = Field(description="科室 / section", examples=["社保科"])
    items: int = Field(description="承办的工作事项数 / number of work items it handles")


class WorkItemsOut(Schema):
    agency: str = Field(description="机构标识 / agency id", examples=["yuanshi-hrss"])
    section: str | None = Field(description="科室筛选条件 / the section filter, if any")
    sections: list[SectionCount] = Field(
        description="登记表中的全部科室及其事项数 / every section in the register and its number of items"
    )
    total: int = Field(description="符合条件的事项数 / number of matching items")
    items: list[WorkItemOut] = Field(
        description="符合条件的事项，按职责、序号排列 / matching items, by duty and number"
    )


# --- checks and verdicts ------------------------------------------------------------------------

Outcome = Literal["allowed", "warning", "needs_approval", "blocked"]


class CheckOut(Schema):
    id: str = Field(description="校验标识 / check id", examples=["meeting.convene"])
    title_zh: str = Field(description="中文名称 / title in Chinese")
    title_en: str = Field(description="英文名称 / title in English")
    agencies: list[str] = Field(description="适用机构 / agencies it applies to")
    rules: list[str] = Field(description="规则标识 / rule ids")
    systems: list[str] = Field(description="所实施的制度（机构:编号）/ the 制度 it implements (agency:number)")
    facts_schema: dict[str, object] = Field(description="事实的 JSON Schema / JSON Schema of the facts")


class EvaluateIn(Schema):
    agency: str = Field(description="机构标识 / agency id", examples=["tongyu-hrss"], max_length=40)
    on: str | None = Field(
        default=None,
        description="适用哪一天生效的规则（YYYY-MM-DD，默认今天）/ the rules in force on this date (default today)",
        examples=["2026-03-02"],
        max_length=10,
    )
    facts: dict[str, object] = Field(
        description="事实，须符合该校验的 JSON Schema / the facts, per the check's JSON Schema",
        examples=[{"body": "party_group", "members": 7, "present": 4, "topic_kinds": ["cadre_appointment"]}],
    )


class CitationOut(Schema):
    id: str = Field(description="引用编号 / citation id", examples=["tongyu-hrss:2:3.5"])
    display: str = Field(description="引用的显示形式 / display form", examples=["《党组会议制度》第三条第（五）项"])
    text: str = Field(description="条款原文 / clause text")
    quote: str = Field(description="规则所依据的原文摘句 / the words the rule relies on")


class DeadlineOut(Schema):
    date: str = Field(description="期限最后一日 / last day")
    label_zh: str = Field(description="期限名称 / what is due (Chinese)")
    label_en: str = Field(description="期限名称 / what is due (English)")
    calendar: Literal["official", "provisional"] = Field(
        description="所依据的日历：official 国务院公布 · provisional 暂定（当年未公布）/ calendar status"
    )
    trace: list[str] = Field(description="推算过程 / how it was counted")


class FindingOut(Schema):
    rule: str = Field(description="规则标识 / rule id")
    outcome: Outcome = Field(description="该规则的结论 / this rule's outcome")
    message_zh: str = Field(description="中文说明 / message in Chinese")
    message_en: str = Field(description="英文说明 / message in English")
    citations: list[CitationOut] = Field(description="所依据的条款 / clauses applied")
    trace: list[str] = Field(description="比较过的数字 / the figures compared")
    approvers: list[str] = Field(description="需要审批的角色 / roles whose approval is needed")
    deadlines: list[DeadlineOut] = Field(description="期限 / deadlines")


class VerdictOut(Schema):
    check: str = Field(description="校验标识 / check id")
    agency: str = Field(description="机构标识 / agency id")
    on: str = Field(description="适用日期 / date whose rules applied")
    outcome: Outcome = Field(
        description="结论：allowed 允许 · warning 提醒 · needs_approval 需审批 · blocked 不允许 / the verdict"
    )
    approvers: list[str] = Field(description="需要审批的角色（按顺序）/ roles whose approval is needed, in order")
    deadlines: list[DeadlineOut] = Field(description="期限 / deadlines")
    findings: list[FindingOut] = Field(description="各规则的结论 / each rule's finding")
