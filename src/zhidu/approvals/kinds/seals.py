"""Approval kinds for seals (印章): the request to use a seal or take it out (用印申请 / 印章带出), and 白城's
request for a new or replacement seal.

The check ``seal.use`` decides who must approve, by seal and purpose (文山 第三十条（五）用印的审批权限: 党组印章
“须经党组书记或党组书记授权的党组成员签批”, 局印章 “一般须经局长、副局长签批” …; 白城《印章使用管理制度》二、2–4),
refuses blank paper (文山（五）11 “不准在空白纸页上用印”; 白城 二、6 “单位印章一律不得在空白页面上使用”, unless a
written application the 主要领导 signs), and routes taking a seal out (文山（四）; 白城 二、7). ``seal.manage`` routes a
new seal (白城 三、3 “报分管领导签字同意后，交由综合科统一更换或制作”).

On approval the use becomes a numbered line of the use log (编号、时间、内容、批准人、承办人、用印份数) that the keeper
stamps, or a take-out the keeper hands out (zhidu.seals.service).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms

from zhidu.core.errors import BadInput
from zhidu.core.rules.library.seals import PURPOSES, SEALS

from . import register
from .base import Context, Kind


class SealUseForm(forms.Form):
    seal = forms.ChoiceField(label="印章 / Seal", choices=list(SEALS.items()), initial="official")
    seal_name = forms.CharField(
        label="印文（同类印章有多枚时填写） / Inscription, if several", max_length=200, required=False
    )
    purpose = forms.ChoiceField(label="用印事由 / What it is for", choices=list(PURPOSES.items()), initial="document")
    content = forms.CharField(label="用印内容（文件名称） / Document to be stamped", max_length=300)
    doc_date = forms.DateField(label="成文日期 / Date of the document", required=False)
    copies = forms.IntegerField(label="用印份数 / Copies", min_value=1, max_value=10_000)
    signed_by_leader = forms.BooleanField(
        label="已有有权审批人签发（批件） / Already signed off by the competent leader", required=False
    )
    blank_paper = forms.BooleanField(
        label="在空白纸页、表格、合同上用印 / On blank paper, a blank form or contract", required=False
    )
    written_application = forms.BooleanField(
        label="空白页面用印已提出书面申请（白城） / Written application for a blank page", required=False
    )
    emergency = forms.BooleanField(label="特殊情况急需用章（先用后补） / Urgent (formalities after)", required=False)
    owner_consent = forms.BooleanField(
        label="单位负责人印章已经本人同意 / The seal's owner has consented", required=False
    )
    unit_certificate = forms.BooleanField(
        label="来人持单位证明并有单位领导签署意见 / The visitor holds a certificate endorsed by the unit leader",
        required=False,
    )
    take_out = forms.BooleanField(label="将印章带出 / Take the seal out of the office", required=False)
    out_until = forms.DateField(label="带出至（交回日期） / Out until", required=False)
    to_archive = forms.BooleanField(label="文件需存档 / The document is to be archived", required=False)
    archive_copies = forms.IntegerField(
        label="加盖印章后留存存档份数 / Stamped copies kept for the archive",
        min_value=0,
        max_value=10_000,
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("take_out") and not data.get("out_until"):
            self.add_error("out_until", "带出须写明交回日期 / say when the seal comes back")
        copies, archive = data.get("copies"), data.get("archive_copies")
        if copies and archive and archive > copies:
            self.add_error("archive_copies", "留存份数不能多于用印份数 / more archive copies than copies")
        return data


@register
class SealUseKind(Kind):
    id = "seal.use"
    name_zh = "用印申请（印章带出）"
    name_en = "Request to use a seal (or take it out)"
    domain = "seals"
    area = ""  # 分管领导 of the applicant's section
    form = SealUseForm
    checks = ("seal.use",)
    cites = ("wenshan-hrss:34:5", "wenshan-hrss:34:4", "baicheng-fupin:37:2")

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.seals.models import Seal
        from zhidu.seals.service import find_seal

        kind = str(data.get("seal") or "")
        seal = find_seal(ctx.agency, kind, str(data.get("seal_name") or ""))
        if seal is None:
            raise BadInput(
                f"本机构印章台账中没有{SEALS.get(kind, kind)}"
                + (f"“{data.get('seal_name')}”" if data.get("seal_name") else ""),
                "the seal is not in this agency's seal register",
                "seal",
            )
        take_out = bool(data.get("take_out"))
        out_until = data.get("out_until")
        if take_out and out_until is not None and str(out_until) < ctx.on.isoformat():
            raise BadInput("交回日期早于申请日", "the return date is before the request", "out_until")
        facts: dict[str, Any] = {
            "seal": kind,
            "purpose": data.get("purpose") or "document",
            "take_out": take_out,
            "signed_by_leader": bool(data.get("signed_by_leader")),
            "blank_paper": bool(data.get("blank_paper")),
            "seal_stopped": seal.status != Seal.ACTIVE,
            "to_archive": bool(data.get("to_archive")),
            "archive_copies": int(data.get("archive_copies") or 0),
        }
        for key in ("written_application", "emergency"):
            if data.get(key):
                facts[key] = True
        if kind == "legal_person":
            facts["owner_consent"] = bool(data.get("owner_consent"))
        if facts["purpose"] == "subordinate_request":
            facts["unit_certificate"] = bool(data.get("unit_certificate"))
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        seal = SEALS.get(str(data.get("seal")), "印章")
        if data.get("take_out"):
            return f"印章带出：{seal}（{data.get('content', '')}，至{data.get('out_until', '')}）"[:300]
        return f"用印：{seal}《{data.get('content', '')}》{data.get('copies', '')}份"[:300]

    def on_approved(self, application: Any) -> None:
        from zhidu.seals.service import use_from_application

        use_from_application(application)


class SealNewForm(forms.Form):
    action = forms.ChoiceField(label="事项 / What", choices=[("new", "新刻印章"), ("replace", "更换印章")])
    kind = forms.ChoiceField(label="印章种类 / Kind of seal", choices=list(SEALS.items()))
    name = forms.CharField(label="印文 / Inscription", max_length=200)
    keeper_name = forms.CharField(label="保管人 / Keeper", max_length=50)
    section = forms.CharField(label="保管科室（科室印章、业务专用章） / Keeping section", max_length=80, required=False)
    reason = forms.CharField(label="事由 / Reason", max_length=300)


@register
class SealNew(Kind):
    id = "seal.new"
    name_zh = "新刻（更换）印章申请"
    name_en = "Request for a new or replacement seal"
    domain = "seals"
    area = ""  # 分管领导 of the applicant's section
    form = SealNewForm
    checks = ("seal.manage",)
    agencies = ("baicheng-fupin",)
    cites = ("baicheng-fupin:37:3.3",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.seals.models import Seal

        if (
            Seal.objects.filter(agency__slug=ctx.agency, name=str(data.get("name") or "").strip())
            .exclude(status=Seal.LOST)
            .exists()
            and data.get("action") == "new"
        ):
            raise BadInput("印章台账中已有该印文的印章", "a seal with this inscription is registered", "name")
        return {"action": data.get("action") or "new"}

    def title(self, data: Mapping[str, Any]) -> str:
        what = "更换" if data.get("action") == "replace" else "新刻"
        return f"{what}印章：{data.get('name', '')}"[:300]

    def on_approved(self, application: Any) -> None:
        from zhidu.seals.models import Seal
        from zhidu.seals.service import add_seal, stop

        data = application.data
        if data.get("action") == "replace":
            old = Seal.objects.filter(
                agency=application.agency, name=str(data.get("name") or "").strip(), status=Seal.ACTIVE
            ).first()
            if old is not None:
                stop(application.applicant, old, {"reason": "other", "version": old.version, "on": str(application.on)})
                old.name = f"{old.name}（{application.on.isoformat()}停用）"[:200]
                old.save()
        add_seal(application.applicant, dict(data), application=application)
