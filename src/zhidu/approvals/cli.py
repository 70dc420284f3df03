"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu approvals kinds [AGENCY]              the kinds of application (and their forms' fields with --fields)
zhidu approvals overdue [AGENCY] [--on D]   approval steps past their due day
zhidu approvals show ID                     one application: verdict kept, route, history
zhidu approvals sheet ID --out FILE.pdf     its approval sheet as PDF
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def cmd_kinds(args: argparse.Namespace) -> int:
    from . import kinds as registry
    from . import service

    kinds = service.kinds_for(args.agency) if args.agency else list(registry.all_kinds().values())
    for k in sorted(kinds, key=lambda k: (k.domain, k.id)):
        print(f"{k.id}\t{k.domain}\t{k.name_zh}\t{', '.join(k.checks)}")
        if args.fields:
            for f in service.form_fields(k):
                need = "必填" if f["required"] else "选填"
                choices = "|".join(c["value"] for c in f["choices"])
                print(f"    {f['name']}\t{f['type']}\t{need}\t{f['label_zh']} / {f['label_en']}\t{choices}")
    print(f"共 {len(kinds)} 类 / {len(kinds)} kinds")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from zhidu.core.org import parse_date_or_today
    from zhidu.workflow.service import working_days_late

    from . import service

    on = parse_date_or_today(args.on)
    rows = service.overdue(on)
    if args.agency:
        rows = rows.filter(application__agency__slug=args.agency)
    n = 0
    for s in rows:
        late = working_days_late(s.due, on) if s.due else 0
        app = s.application
        print(f"{app.agency.slug}\t{app.number or app.pk}\t{s.due}\t超期{late}个工作日\t{s.assignee_name}\t{app.title}")
        n += 1
    print(f"共 {n} 件 / {n} overdue")
    return 0


def _app(value: str) -> Any:
    from zhidu.core.errors import NotFound

    from .models import Application

    app = Application.objects.filter(pk=int(value)).first() if value.isdigit() and len(value) < 18 else None
    if app is None:
        raise NotFound(f"没有申请 {value}", f"no application {value}", "id")
    return app


def cmd_show(args: argparse.Namespace) -> int:
    from . import service, sheet

    app = _app(args.id)
    print(f"{app.number or '（草稿）'}\t{app.agency.slug}\t{app.kind}\t{app.get_status_display()}\t{app.title}")
    print(f"申请人 {app.applicant_name}　申请日 {app.on}　金额 {app.amount if app.amount is not None else '—'}")
    for label, value in sheet.data_rows(app):
        print(f"  {label}：{value}")
    print(f"校验结论 {app.outcome or '—'}　依据 {'、'.join(app.cites) or '—'}")
    for s in app.steps.filter(round=app.round).order_by("order"):
        role = service.role_label(s.role)[0]
        print(f"  {s.order}. {role}\t{s.assignee_name}\t{s.get_status_display()}\t{s.due or ''}\t{s.opinion}")
    for e in service.history(app):
        print(f"  {e.at:%Y-%m-%d %H:%M}\t{e.actor_name}\t{service.event_label(e.action)[0]}\t{e.target_name}\t{e.note}")
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from . import sheet

    app = _app(args.id)
    Path(args.out).write_bytes(sheet.pdf(app))
    print(f"已写入 / wrote {args.out}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("approvals", help="申请与审批 / applications and approvals")
    ap = p.add_subparsers(dest="approvals_cmd", required=True)
    k = ap.add_parser("kinds", help="申请类别 / kinds of application")
    k.add_argument("agency", nargs="?", help="机构标识 / agency slug")
    k.add_argument("--fields", action="store_true", help="列出表单字段 / list the forms' fields")
    k.set_defaults(func=cmd_kinds)
    o = ap.add_parser("overdue", help="超期未批的审批步骤 / overdue approval steps")
    o.add_argument("agency", nargs="?", help="机构标识 / agency slug")
    o.add_argument("--on", help="日期 YYYY-MM-DD（默认今天）/ day (default today)")
    o.set_defaults(func=cmd_overdue)
    s = ap.add_parser("show", help="一件申请 / one application")
    s.add_argument("id", help="申请编号 / application id")
    s.set_defaults(func=cmd_show)
    h = ap.add_parser("sheet", help="审批单 PDF / the approval sheet as PDF")
    h.add_argument("id", help="申请编号 / application id")
    h.add_argument("--out", required=True, help="输出文件 / output file")
    h.set_defaults(func=cmd_sheet)
