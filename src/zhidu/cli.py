"""The ``zhidu`` command (DESIGN §6).

    zhidu serve [--addr 127.0.0.1:8000]      migrate, load the five agencies and demo accounts, serve
    zhidu setup                              the same without serving (used by `make run`)
    zhidu rulebook import [FILE ...]         import the shipped seeds, or the given seed files
    zhidu rulebook list [AGENCY]             agencies, or one agency's 制度
    zhidu rulebook show CITATION             a 制度 or a clause, e.g. tongyu-hrss:2:4
    zhidu rulebook search QUERY [--agency A] [--domain D] [--limit N]
    zhidu backup [--out FILE]                one archive: database, uploaded files, ledger head
    zhidu restore FILE [--force]             check the archive (its ledger chain too), restore it exactly
    zhidu manage ARGS...                     any Django management command

Errors print in Chinese and English and exit with status 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhidu.settings.dev")
    import django

    django.setup()


def _print_err(zh: str, en: str) -> None:
    print(f"错误：{zh}\nError: {en}", file=sys.stderr)


def cmd_setup(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    from zhidu.accounts import demo
    from zhidu.rulebook import service

    call_command("migrate", verbosity=0, interactive=False)
    if not service.agencies().exists() or args.reimport:
        for r in service.import_shipped():
            print(r.line())
    created = demo.ensure_demo_accounts()
    if created is not None:
        print(demo.describe(created))
    else:
        print("演示账号已存在（密码只在首次创建时显示）/ demo accounts exist (their password was shown when created)")
    from zhidu.org import loader as org_loader

    for r in org_loader.load_shipped():
        print(r.line())
    from zhidu.meetings import service as meetings

    n = len(meetings.sync_bodies())
    print(f"决策会议 {n} 个 / {n} decision bodies")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    cmd_setup(args)
    print(f"\nzhidu 已启动 / running at http://{args.addr}/  (Ctrl-C 停止 / to stop)\n", flush=True)
    call_command("runserver", args.addr, use_reloader=False, use_threading=True)
    return 0


def cmd_rulebook(args: argparse.Namespace) -> int:
    from zhidu.rulebook import service

    if args.action == "import":
        results = [service.import_file(Path(f)) for f in args.files] if args.files else service.import_shipped()
        for r in results:
            print(r.line())
        return 0
    if args.action == "list":
        if args.target:
            agency = service.get_agency(args.target)
            for s in agency.systems.all():
                print(f"{s.cite:<22} {s.kind:<9} {s.domain:<34} {s.title}  [{', '.join(s.catalog_ids)}]")
        else:
            for a in service.agencies():
                print(f"{a.slug:<16} {a.systems.count():>3} 个制度  {a.name}  ({a.name_en})")
        return 0
    if args.action == "show":
        if not args.target:
            raise _usage("rulebook show 需要引用编号", "rulebook show needs a citation id")
        system, clauses = service.get_clause(args.target)
        print(f"{clauses[0].cite}  {clauses[0].display or str(system)}")
        print("".join(c.text for c in clauses).strip())
        return 0
    if args.action == "search":
        if not args.target:
            raise _usage("rulebook search 需要检索词", "rulebook search needs a query")
        result = service.search(
            args.target,
            agencies=[args.agency] if args.agency else None,
            domains=[args.domain] if args.domain else None,
            limit=args.limit,
        )
        print(f"共 {result.total} 条 / {result.total} hits")
        for hit in result.hits:
            print(f"{hit.cite:<26} {hit.display}")
            print(f"    {hit.snippet_text(mark=('【', '】'))}")
        return 0
    raise _usage(f"未知操作 {args.action}", f"unknown action {args.action}")


def _engine():  # type: ignore[no-untyped-def]
    from zhidu.core.rules.engine import default_engine

    return default_engine()


def cmd_checks(args: argparse.Namespace) -> int:
    rows = [info.as_dict() for info in _engine().catalog()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['id']:<28} {row['title_zh']}  [{', '.join(row['agencies'])}]  规则 {len(row['rules'])}")
    return 0


def _date(text: str) -> dt.date:
    from zhidu.core.errors import BadInput

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"日期格式应为 YYYY-MM-DD：{text!r}", f"date must be YYYY-MM-DD: {text!r}", "on") from None


def _use_saved_calendar() -> None:
    """Count deadlines on the calendar with the administrators' overrides when a database is set up;
    without one, on chinesecalendar and the provisional fallback (each deadline says which)."""
    from django.db import DatabaseError

    try:
        _setup_django()
        from zhidu.workcalendar.service import use_in_engine

        use_in_engine()
    except DatabaseError:
        pass


def cmd_check(args: argparse.Namespace) -> int:
    from zhidu.core.errors import BadInput

    try:
        facts = json.loads(args.facts)
    except json.JSONDecodeError as exc:
        raise BadInput(f"facts 不是有效的 JSON：{exc.msg}", f"facts is not valid JSON: {exc.msg}", "facts") from None
    engine = _engine()
    _use_saved_calendar()
    verdict = engine.evaluate(args.check_id, args.agency, _date(args.on), facts)
    if args.json:
        print(json.dumps(verdict.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{verdict.outcome.label_zh} / {verdict.outcome.value}")
    for f in verdict.findings:
        print(f"- [{f.outcome.value}] {f.message_zh} / {f.message_en}")
        for t in f.trace:
            print(f"    {t}")
        for c in f.citations:
            print(f"    {c.display} ({c.id}): {c.text[:120]}")
    if verdict.approvers:
        print("审批 / approvers: " + ", ".join(verdict.approvers))
    return 0


def cmd_scenario(args: argparse.Namespace) -> int:
    from zhidu.core.rules.scenario import run_files

    results = run_files(_engine(), [Path(p) for p in args.paths])
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"FAIL {r.file} :: {r.name}: {'; '.join(r.problems)}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or not results else 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from zhidu.core.duties import load_all
    from zhidu.core.rulebook.importer import agencies_dir, load_shipped
    from zhidu.core.rules.coverage import coverage

    rows = coverage(_engine(), load_shipped(), [Path(args.scenarios)], load_all(agencies_dir()))
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        ids = ",".join(r.catalog_ids)
        cite = f"{r.agency}:{r.system}"
        print(
            f"{cite:<20} {ids:<16} {r.kind:<9} {r.status:<8} 校验{len(r.checks):>2} 规则{len(r.rules):>2} "
            f"场景{r.scenarios:>3} 职责{r.duties:>2}  {r.title}"
        )
    totals: dict[str, int] = {}
    for r in rows:
        totals[f"{r.kind}/{r.status}"] = totals.get(f"{r.kind}/{r.status}", 0) + 1
    print("合计 / totals: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())) + f" ({len(rows)} 制度)")
    return 0


def cmd_duties(args: argparse.Namespace) -> int:
    from zhidu.core.duties import FREQUENCY_ZH, load_all
    from zhidu.core.errors import BadInput
    from zhidu.core.rulebook.importer import agencies_dir

    today = _date(args.on) if args.on else dt.date.today()
    duties = [d for d in load_all(agencies_dir()) if not args.agency or d.agency == args.agency]
    if args.agency and not duties:
        raise BadInput(f"机构 {args.agency!r} 没有职责清单", f"agency {args.agency!r} has no duty list", "agency")
    if args.json:
        print(json.dumps([d.as_dict(today) for d in duties], ensure_ascii=False, indent=2))
        return 0
    for d in duties:
        due = d.next_due(today)
        who = "、".join(d.who)
        print(f"{d.cite:<24} {FREQUENCY_ZH[d.frequency]:<6} {due.isoformat() if due else '—':<10}  {who}：{d.title_zh}")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from zhidu.core.calendar import Period
    from zhidu.workcalendar import service as cal_service

    if args.action == "override":
        days = [[_date(x) for x in (v or "").split(",") if x.strip()] for v in (args.holidays, args.workdays)]
        row = cal_service.set_override(
            args.year, days[0], days[1], args.source or "", expected_version=args.expect_version
        )
        print(
            f"已保存 / saved {row.year}: {len(row.holidays)} 放假 / days off, {len(row.workdays)} 调休上班 / worked"
            f" (版本 / version {row.version})"
        )
        return 0
    cal = cal_service.calendar()
    if args.action == "status":
        st = cal.year_status(args.year)
        saved = cal_service.saved_version(args.year)
        print(f"{st.year}: {st.status} ({st.source})" + (f" 版本 / version {saved}" if saved else ""))
        return 0
    if args.action == "between":
        count = cal.working_days_between(_date(args.start), _date(args.end), count_start=args.count_start)
        print(f"{count.days} 个工作日 / working days ({'provisional' if count.provisional else 'official'})")
        for step in count.trace:
            print(f"  {step.zh} / {step.en}")
        return 0
    if args.action == "add":
        period = Period.parse(args.period, start_counts=args.count_start, roll_to_next_working_day=not args.no_roll)
        d = cal.deadline(_date(args.start), period)
        print(f"{d.date.isoformat()} ({'provisional' if d.provisional else 'official'})")
        for step in d.trace:
            print(f"  {step.zh} / {step.en}")
        return 0
    raise _usage(f"未知操作 {args.action}", f"unknown action {args.action}")


def cmd_docs(args: argparse.Namespace) -> int:
    from zhidu.core.rulebook.importer import load_shipped
    from zhidu.core.rules.docs import write_all

    for path in write_all(_engine(), load_shipped(), Path(args.out)):
        print(f"已写入 / wrote {path}")
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["zhidu manage", *args.rest])
    return 0


def _usage(zh: str, en: str) -> Exception:
    from zhidu.core.errors import BadInput

    return BadInput(zh, en)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhidu", description="zhidu 制度 — rulebooks as software")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("setup", help="migrate, import the five agencies, create demo accounts")
    s.add_argument("--reimport", action="store_true")
    s.set_defaults(func=cmd_setup)

    s = sub.add_parser("serve", help="setup, then serve on 127.0.0.1:8000")
    s.add_argument("--addr", default="127.0.0.1:8000")
    s.add_argument("--reimport", action="store_true")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("rulebook", help="import, list, show and search the rulebooks")
    s.add_argument("action", choices=["import", "list", "show", "search"])
    s.add_argument("target", nargs="?", help="agency slug, citation id or query")
    s.add_argument("files", nargs="*", help="seed files to import")
    s.add_argument("--agency")
    s.add_argument("--domain")
    s.add_argument("--limit", type=int, default=20)
    s.set_defaults(func=cmd_rulebook)

    s = sub.add_parser("checks", help="list every check with its schema, agencies and 制度")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_checks)

    s = sub.add_parser("check", help="evaluate one check: zhidu check ID --agency A --on DATE --facts JSON")
    s.add_argument("check_id")
    s.add_argument("--agency", required=True)
    s.add_argument("--on", default=dt.date.today().isoformat())
    s.add_argument("--facts", default="{}")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("scenario", help="run scenario files: zhidu scenario run PATH...")
    s.add_argument("action", choices=["run"])
    s.add_argument("paths", nargs="+")
    s.set_defaults(func=cmd_scenario)

    s = sub.add_parser("coverage", help="one row per 制度: kind, rules, checks, scenarios, status")
    s.add_argument("--json", action="store_true")
    s.add_argument("--scenarios", default="scenarios")
    s.set_defaults(func=cmd_coverage)

    s = sub.add_parser("duties", help="duty lists of the CHECKLIST 制度: who, how often, next due")
    s.add_argument("--agency")
    s.add_argument("--on", help="date for the next-due column (default today)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_duties)

    s = sub.add_parser("calendar", help="working days: add, between, status, override (DESIGN §8)")
    cal = s.add_subparsers(dest="action", required=True)
    c = cal.add_parser("add", help="zhidu calendar add 2026-09-30 15个工作日 [--count-start] [--no-roll]")
    c.add_argument("start")
    c.add_argument("period", help="15个工作日 / 30日 / 两个月")
    c.add_argument("--count-start", action="store_true", help="the start day counts as day one")
    c.add_argument("--no-roll", action="store_true", help="a period ending on a rest day does not roll forward")
    c = cal.add_parser("between", help="working days in (start, end]")
    c.add_argument("start")
    c.add_argument("end")
    c.add_argument("--count-start", action="store_true")
    c = cal.add_parser("status", help="official or provisional calendar for a year")
    c.add_argument("year", type=int)
    c = cal.add_parser("override", help="enter the State Council notice for a year")
    c.add_argument("year", type=int)
    c.add_argument("--holidays", default="", help="comma-separated dates given off")
    c.add_argument("--workdays", default="", help="comma-separated weekend dates worked")
    c.add_argument("--source", required=True, help="the notice's title and number")
    c.add_argument(
        "--expect-version",
        type=int,
        help="the version you saw (0: none yet); refused if someone entered or replaced the notice since",
    )
    s.set_defaults(func=cmd_calendar)

    s = sub.add_parser("docs", help="generate docs/rules/<agency>.md from the rules and parameters")
    s.add_argument("what", choices=["rules"])
    s.add_argument("--out", default="docs/rules")
    s.set_defaults(func=cmd_docs)

    for app in (
        "ledger",
        "org",
        "access",
        "backup",
        "workflow",
        "meetings",
        "approvals",
        "fleet",
        "seals",
        "assets",
        "attendance",
    ):
        import_module(f"zhidu.{app}.cli").register(sub)

    s = sub.add_parser("manage", help="run a Django management command")
    s.add_argument("rest", nargs=argparse.REMAINDER)
    s.set_defaults(func=cmd_manage)
    return p


def _run(args: argparse.Namespace) -> int:
    """Run the command; with Django set up, as actor "cli:<os user>" in the ledger."""
    from django.apps import apps

    if not apps.ready:
        return int(args.func(args) or 0)
    from zhidu.ledger import service as ledger

    with ledger.context(actor_name=ledger.cli_actor_name()):
        return int(args.func(args) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "rulebook" and args.action == "import" and args.target:
        args.files = [args.target, *args.files]
    if args.command not in ("checks", "check", "scenario", "coverage", "docs", "duties"):
        _setup_django()  # the rule engine is pure: no database needed
    from zhidu.core.errors import BadInput

    try:
        return _run(args)
    except BadInput as exc:
        _print_err(exc.message_zh, exc.message_en)
        return 2
    except Exception as exc:
        from django.db import DatabaseError

        if not isinstance(exc, DatabaseError):
            raise
        _print_err(
            f"数据库不可用或尚未初始化，请先运行 zhidu setup（{exc}）",
            f"the database is unavailable or not set up: run `zhidu setup` first ({exc})",
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
