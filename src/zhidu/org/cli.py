"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu org load [AGENCY]                         sync agencies/<slug>/org.yaml into the database
zhidu org show AGENCY [--on DATE] [--json]      sections, posts and holders, 分管, acting on a day
zhidu org resolve AGENCY --roles chief,finance_deputy [--on DATE] [--area finance] [--section S]
                  [--requester NAME] [--handler NAME] [--conflicted NAME,NAME] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any


def _on(args: argparse.Namespace) -> dt.date:
    from zhidu.core.org import parse_date_or_today

    return parse_date_or_today(args.on)


def _names(text: str | None) -> list[str]:
    return [x.strip() for x in (text or "").replace("，", ",").split(",") if x.strip()]


def cmd_load(args: argparse.Namespace) -> int:
    from . import loader

    for r in loader.load_shipped(args.agency):
        print(r.line())
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from . import service

    snap = service.snapshot(args.agency, _on(args))
    if args.json:
        print(json.dumps(snap, ensure_ascii=False, indent=2))
        return 0
    print(f"{snap['agency_name']} · {snap['on']}" + ("（人员为演示数据 / demo people）" if snap["demo"] else ""))
    print("\n领导 / leadership:")
    for row in snap["leadership"]:
        print(f"  {row['role_zh']:<14} {'、'.join(row['holders'])}")
    print("\n分管 / in charge:")
    for row in snap["in_charge"]:
        print(f"  {row['person']}：领域 {'、'.join(row['areas_zh']) or '—'}；科室 {'、'.join(row['sections']) or '—'}")
    if snap["acting"]:
        print("\n代理 / acting:")
        for a in snap["acting"]:
            whom = a["for_role_zh"] or a["for_person"]
            print(f"  {a['person']} 代 {whom}（{a['from']}—{a['to']}）：{a['reason']}  [{a['cite']}]")
    print("\n科室与单位 / sections and units:")
    for s in snap["sections"]:
        kind = "科室" if s["kind"] == "section" else "单位"
        heads = "、".join(s["heads"]) or "—"
        charge = "、".join(s["in_charge"]) or "—"
        print(f"  [{kind}] {s['name']:<20} 负责人 {heads:<10} 分管 {charge:<10} [{s['cite']}]")
    for b in snap["bodies"]:
        print(f"\n{b['role_zh']} / {b['role']}: {'、'.join(b['members']) or '—'}")
    return 0


def _print_resolution(res: Any) -> None:
    print(f"{res.agency} · {res.on.isoformat()}" + (f" · 领域 {res.area}" if res.area else ""))
    for step in res.steps:
        who = "、".join(step.persons) or "—"
        line = f"  {step.role:<22} → {who}"
        if step.mode == "any" and len(step.persons) > 1:
            line += "（任一人 / any one）"
        if step.note_zh:
            line += f"  （{step.note_zh} / {step.note_en}）"
        print(line)
        for a in step.acting:
            cite = f" [{a.citation.id}]" if a.citation else ""
            print(f"      {a.person} 代 {a.for_person}：{a.reason}{cite}")
    for r in res.refusals:
        print(f"  拒绝 / refused [{r.rule}] {r.person}（{r.role}）：{r.message_zh}")
        print(f"      {r.message_en}")
        for c in r.citations:
            print(f"      {c.display} ({c.id})：“{c.quote}”")
    for n in res.notes:
        print(f"  注 / note: {n.message_zh} / {n.message_en}")


def cmd_resolve(args: argparse.Namespace) -> int:
    from zhidu.core.errors import BadInput

    from . import service

    roles = _names(args.roles)
    if not roles:
        raise BadInput(
            "--roles 须列出角色，如 chief,finance_deputy", "--roles needs role ids, e.g. chief,finance_deputy", "roles"
        )
    res = service.resolve(
        args.agency,
        roles,
        _on(args),
        requester=args.requester,
        handler=args.handler,
        area=args.area,
        section=args.section,
        conflicted=_names(args.conflicted),
    )
    if args.json:
        print(json.dumps(res.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_resolution(res)
    return 0


def register(sub: Any) -> None:
    """Add this app's subcommands to the ``zhidu`` parser (``sub`` is its subparsers object)."""
    s = sub.add_parser("org", help="organisation: load, show, resolve approvers")
    org = s.add_subparsers(dest="action", required=True)

    c = org.add_parser("load", help="sync agencies/<slug>/org.yaml into the database (idempotent)")
    c.add_argument("agency", nargs="?", help="one agency (default: every imported agency)")
    c.set_defaults(func=cmd_load)

    c = org.add_parser("show", help="sections, posts and holders, 分管 and acting on a day")
    c.add_argument("agency")
    c.add_argument("--on", help="YYYY-MM-DD (default today)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_show)

    c = org.add_parser("resolve", help="who must act for a verdict's roles on a day, with refusals")
    c.add_argument("agency")
    c.add_argument("--roles", required=True, help="comma-separated role ids, e.g. chief,finance_deputy")
    c.add_argument("--on", help="YYYY-MM-DD (default today)")
    c.add_argument("--area", help="area of work, e.g. finance, personnel, procurement")
    c.add_argument("--section", help="the matter's section (key or name)")
    c.add_argument("--requester", help="the person whose request it is (name)")
    c.add_argument("--handler", help="the person who handled the matter, 经办人 (name)")
    c.add_argument("--conflicted", help="comma-separated names of people with a conflict (本人或亲属)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_resolve)
