"""Information security and confidentiality: computer systems, classified devices and media, online
publication of information, classified documents and archives.

制度 implemented (citation ids in brackets):
- 区局 21.信息安全管理责任制 [district-bureau:50] — responsible person, six technical measures, logs ≥60 days,
  security designed with the system, prohibited acts, immediate incident report;
- 区局 22.上网发布信息保密管理规定 [district-bureau:51] — secrecy approval (initial + final review), register,
  no classified information online, work secrets only with the leader's approval, changes re-approved;
- 区局 计算机管理制度 [district-bureau:52] — designated users, idle >30 minutes, classified printing on the
  offline typing-room computer, fault repair approval, prohibited uses;
- 区局 23.涉密移动存储介质管理制度 [district-bureau:53] — private network only, director's approval to take
  out, no lending outside, no mixing, certified repair, wipe before scrapping, destruction;
- 区局 24.计算机外存储器保密管理 [district-bureau:54] — marking, no downgrading, first-use checks, loans;
- 区局 25.涉密计算机保密管理制度 [district-bureau:55] — physical isolation, review of internet posts,
  e-mail, repairs with supervision, leak report within 24 hours;
- 文山 第四十三条 保密制度 [wenshan-hrss:47] — copying, destruction (≥2 present), receipt handling (urgent
  same day, ordinary 3 days), archive access, publication approvals, network rules, leak reports;
- 文山 第四十四条 档案痕迹管理制度 [wenshan-hrss:48] — return of documents by the end of Q1, filing review,
  full minute books, access approvals, half-yearly inventory;
- 白城 涉密信息安全管理 [baicheng-fupin:34] — registration and sign-off of incoming classified items,
  outgoing and upward documents, borrowing, annual archiving by the end of Q1.

Catalog vs seed: district-bureau:51 and :54 write 泄密 where 涉密 is meant (we read 涉密, as the catalog
does). The destruction rules of :53 (principal leader, district secrecy bureau only) and :54 (leader in
charge, in-house shredding allowed) overlap for classified removable media; parameter
``secret.device.destroy_rule`` records the stricter reading chosen. Wenshan 47 (五)5 refers to
"第(一)项第13目" for copying, which is in fact item 14; the copy rule cites item 14.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ...calendar import add_months_clamped
from ..helpers import COUNT, DATE, FLAG, enum, enum_list, iso, obj
from ..model import WARNING, Deadline, Finding
from ..registry import Facts, RuleContext, check, rule
from .services import (
    APPROVED_BY,
    DATETIME,
    approvals_needed,
    ask,
    d,
    day,
    moment,
    no,
    ok,
    pc,
    plain_deadline,
    timed,
    today,
    warn,
)

DB = ["district-bureau"]
WS = ["wenshan-hrss"]
BC = ["baicheng-fupin"]

# ================================================================ 信息系统 (district-bureau:50)

MEASURES = ["backup", "antivirus", "attack_tracing", "audit_alerting", "log_retention", "identity_verification"]
MEASURE_ZH = {
    "backup": "系统重要部分的冗余或备份",
    "antivirus": "计算机病毒防治",
    "attack_tracing": "网络攻击防范、追踪",
    "audit_alerting": "安全审计和预警",
    "log_retention": "日志记录保存",
    "identity_verification": "身份登记和识别确认",
}

check(
    "security.system",
    "计算机信息系统安全保护措施",
    "Computer information systems: security measures",
    obj(
        [],
        {
            "responsible_person": d(
                "使用科室已确定计算机安全管理责任人 a security responsible person is designated", FLAG
            ),
            "measures": enum_list("已落实的安全保护技术措施 technical measures in place", MEASURES),
            "log_retention_days": d("系统运行和用户使用日志保存天数 days logs are kept", COUNT),
            "new_system": d("新建计算机信息系统 a new system is being built", FLAG),
            "security_designed_with_system": d(
                "同步设计和实施网络与信息安全系统 security designed and built with it", FLAG
            ),
            "backup_separate_sites": d(
                "重要资料双备份分别保存在不同地点并定期复制 two backups kept at different sites", FLAG
            ),
        },
    ),
)


@rule(
    "security.system.responsible",
    check="security.system",
    agencies=DB,
    cites=[("district-bureau:50:6", "计算机信息系统使用科室应当确定计算机安全管理责任人")],
)
def system_responsible(facts: Facts, ctx: RuleContext) -> Finding | None:
    """使用科室应当确定计算机安全管理责任人。"""
    if "responsible_person" not in facts:
        return None
    if facts["responsible_person"]:
        return ok(ctx, "已确定计算机安全管理责任人", "a responsible person is designated", trace=["已确定"])
    return no(
        ctx,
        "使用科室须确定计算机安全管理责任人",
        "the section must designate a security responsible person",
        trace=["未确定"],
    )


@rule(
    "security.system.measures",
    check="security.system",
    agencies=DB,
    cites=[
        ("district-bureau:50:8", "计算机信息系统使用科室或工作人员应当落实以下安全保护技术措施"),
        ("district-bureau:50:8.5", "系统运行和用户使用日志记录保存60日以上措施"),
    ],
    params=["security.system.log_days"],
)
def system_measures(facts: Facts, ctx: RuleContext) -> Finding | None:
    """六项技术措施均须落实；系统运行和用户使用日志保存 60 日以上（含 60 日）。"""
    if "measures" not in facts and "log_retention_days" not in facts:
        return None
    bad, trace = [], []
    if "measures" in facts:
        have = set(facts["measures"])
        bad += [MEASURE_ZH[m] for m in MEASURES if m not in have]
    need: int = ctx.param("security.system.log_days")
    kept = facts.get("log_retention_days")
    if kept is not None:
        if kept < need:
            bad.append(f"日志保存 {kept} 日少于 {need} 日")
        trace.append(f"日志保存 {kept} 日 {'≥' if kept >= need else '<'} {need} 日")
    extra = pc(ctx, "security.system.log_days")
    if bad:
        return no(
            ctx,
            "安全保护技术措施未落实：" + "、".join(bad),
            "security measures missing",
            extra=extra,
            trace=trace + bad,
        )
    return ok(ctx, "安全保护技术措施已落实", "security measures in place", extra=extra, trace=trace or ["六项措施齐全"])


@rule(
    "security.system.design",
    check="security.system",
    agencies=DB,
    cites=[("district-bureau:50:10", "建设计算机信息系统时,必须同步设计和实施网络与信息安全系统")],
)
def system_design(facts: Facts, ctx: RuleContext) -> Finding | None:
    """建设计算机信息系统时必须同步设计和实施网络与信息安全系统。"""
    if not facts.get("new_system"):
        return None
    if facts.get("security_designed_with_system"):
        return ok(ctx, "网络与信息安全系统同步设计和实施", "security designed with the system", trace=["同步"])
    return no(
        ctx,
        "新建系统必须同步设计和实施网络与信息安全系统",
        "security must be designed and built with the system",
        trace=["未同步"],
    )


@rule(
    "security.system.backup_sites",
    check="security.system",
    agencies=DB,
    cites=[("district-bureau:52:7", "重要的双备份资料分别保存在不同地点,并定期进行复制")],
)
def system_backup_sites(facts: Facts, ctx: RuleContext) -> Finding | None:
    """重要资料双备份，分别保存在不同地点，并定期复制。"""
    if "backup_separate_sites" not in facts:
        return None
    if facts["backup_separate_sites"]:
        return ok(ctx, "重要资料双备份分地保存", "two backups at different sites", trace=["双备份异地"])
    return no(
        ctx,
        "重要的双备份资料须分别保存在不同地点并定期复制",
        "keep the two backups at different sites",
        trace=["未异地双备份"],
    )


# ================================================================ 安全事故与泄密报告

check(
    "security.incident",
    "安全事故、计算机犯罪和泄密事件的报告",
    "Reporting security incidents, computer crimes and leaks",
    obj(
        ["kind", "detected_at"],
        {
            "kind": enum(
                "security_incident 安全事故、computer_crime 计算机犯罪案件、leak 泄密（含档案材料遗失） kind of event",
                ["security_incident", "computer_crime", "leak"],
            ),
            "detected_at": d("发现时间 time discovered", DATETIME),
            "reported_at": d("报告时间 time reported", DATETIME),
            "reported_to": enum_list(
                "已报告的对象 reported to",
                ["higher_unit", "secrecy_bureau", "bureau_leaders", "prefecture_secrecy_bureau"],
            ),
            "remedial_measures": d("已采取补救措施、保护现场 remedial measures taken, scene protected", FLAG),
            "concealed": d("隐瞒不报 concealed", FLAG),
            "now": d("现在（默认评估日 23:59） now", DATETIME),
        },
    ),
)


def _hours(a: dt.datetime, b: dt.datetime) -> Fraction:
    return Fraction(int((b - a).total_seconds()), 3600)


@rule(
    "security.incident.district",
    check="security.incident",
    agencies=DB,
    cites=[
        ("district-bureau:50:7.6", "立即向上级主管单位报告并采取妥善措施,保护现场,避免危害的扩大"),
        ("district-bureau:55:6", "应及时采取补救措施,并按规定在24小时内向保密局报告"),
    ],
    params=["security.incident.leak_hours"],
)
def incident_district(facts: Facts, ctx: RuleContext) -> Finding:
    """安全事故或计算机犯罪：立即向上级主管单位报告并保护现场；
    计算机系统泄密：及时补救，24 小时内（含）向保密局报告。"""
    start = moment(facts, "detected_at")
    assert start is not None
    to = set(facts.get("reported_to", []))
    done = moment(facts, "reported_at")
    if facts["kind"] != "leak":
        bad = []
        if "higher_unit" not in to:
            bad.append("未向上级主管单位报告")
        if facts.get("remedial_measures") is False:
            bad.append("未采取措施保护现场")
        if bad:
            return no(
                ctx,
                "发生安全事故或计算机犯罪案件须立即向上级主管单位报告并保护现场：" + "、".join(bad),
                "report to the higher unit at once and protect the scene",
                cites=["district-bureau:50:7.6"],
                trace=bad,
            )
        return ok(
            ctx,
            "已立即向上级主管单位报告并保护现场",
            "reported and scene protected",
            cites=["district-bureau:50:7.6"],
            trace=["已报告"],
        )
    hours: int = ctx.param("security.incident.leak_hours")
    cut = start + dt.timedelta(hours=hours)
    dl = Deadline(
        cut.date(), f"泄密报告时限 {cut.isoformat(sep=' ', timespec='minutes')}", f"leak report due {iso(cut)}"
    )
    extra = pc(ctx, "security.incident.leak_hours")
    bad = []
    if facts.get("remedial_measures") is False:
        bad.append("未及时采取补救措施")
    if done is not None:
        h = _hours(start, done)
        line = f"报告用时 {float(h):.2f} 小时 {'≤' if h <= hours else '>'} {hours} 小时"
        if h > hours:
            bad.append(line)
        elif "secrecy_bureau" not in to:
            bad.append("报告对象不是保密局")
    else:
        now = moment(facts, "now") or dt.datetime.combine(ctx.on, dt.time(23, 59))
        line = f"尚未报告，现在 {now.isoformat(sep=' ', timespec='minutes')}"
        if now > cut:
            bad.append(f"已超过 {hours} 小时未报告")
    if bad:
        return no(
            ctx,
            "泄密事件须及时补救并在 24 小时内向保密局报告：" + "、".join(bad),
            "leaks must be reported within 24 hours",
            cites=["district-bureau:55:6"],
            extra=extra,
            deadlines=[dl],
            trace=[line, *bad],
        )
    return ok(
        ctx,
        f"须（已）在 {cut.isoformat(sep=' ', timespec='minutes')} 前向保密局报告",
        "reported within the time limit",
        cites=["district-bureau:55:6"],
        extra=extra,
        deadlines=[dl],
        trace=[line],
    )


@rule(
    "security.incident.wenshan",
    check="security.incident",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:1.13", "如不慎发生失泄密事件,应及时报告局领导和州国家保密局"),
        ("wenshan-hrss:47:3.6", "如发生档案、材料遗失和泄密,要及时报告,不得隐瞒"),
        ("wenshan-hrss:47:4.12", "发现文件丢失和泄密,要及时报告,不得隐瞒"),
    ],
)
def incident_wenshan(facts: Facts, ctx: RuleContext) -> Finding | None:
    """发生失泄密事件应及时报告局领导和州国家保密局，不得隐瞒。"""
    if facts["kind"] != "leak":
        return None
    to = set(facts.get("reported_to", []))
    miss = [
        zh for k, zh in (("bureau_leaders", "局领导"), ("prefecture_secrecy_bureau", "州国家保密局")) if k not in to
    ]
    if facts.get("concealed"):
        return no(
            ctx, "失泄密事件不得隐瞒", "a leak may not be concealed", cites=["wenshan-hrss:47:3.6"], trace=["隐瞒"]
        )
    if miss:
        return no(
            ctx,
            "失泄密事件应及时报告" + "和".join(miss),
            "report the leak to the bureau leaders and the prefecture secrecy bureau",
            cites=["wenshan-hrss:47:1.13"],
            trace=[f"未报告 {'、'.join(miss)}"],
        )
    return ok(ctx, "已报告局领导和州国家保密局", "reported to both", cites=["wenshan-hrss:47:1.13"], trace=["已报告"])


# ================================================================ 计算机使用

ACTS = [
    "harmful_info",  # 制作、复制、查阅、传播有害信息
    "privacy_or_account_abuse",  # 侵犯隐私、窃取帐号、假冒他人、垃圾信息
    "disclose_personal_info",  # 未经允许向第三方公开系统内登记的个人信息
    "unauthorised_change",  # 未经允许修改、删除、增加、破坏功能、程序及数据
    "forge_or_destroy_records",  # 伪造、非法涂改计算机资料，故意毁坏数据文件
    "personal_email",  # 发送与工作无关的个人邮件
    "unhealthy_content",  # 观看、下载不健康信息
    "unrelated_disc",  # 使用与业务无关的光盘
    "games_gambling",  # 打游戏、赌博
    "unrelated_use",  # 用于与本岗位无关的其他用途
    "install_device",  # 擅自在计算机上安装其他设备
    "lan_with_internet",  # 使用局域网的同时打开外网
    "copy_business_data",  # 未经允许导入、导出和复制业务系统数据
    "take_data_out",  # 将重要业务数据翻印刻录带出办公区域
    "sell_data",  # 倒卖和出让业务信息系统数据
    "malware",  # 安装恶意软件、传播恶意代码
    "third_party_chat",  # 通过第三方软件在业务内网平台闲聊和传输数据
    "data_on_personal_pc",  # 在个人办公电脑上留存重要业务系统数据
    "share_password",  # 向第三人泄露帐号和密码
]
ACT_ZH = {
    "harmful_info": "制作、复制、查阅、传播有害信息",
    "privacy_or_account_abuse": "侵犯他人隐私、窃取帐号、假冒他人或发送垃圾信息",
    "disclose_personal_info": "未经允许向第三方公开系统内登记的个人信息",
    "unauthorised_change": "未经允许修改、删除、增加、破坏系统功能、程序及数据",
    "forge_or_destroy_records": "伪造、非法涂改计算机资料或故意毁坏数据文件",
    "personal_email": "发送与工作无关的个人邮件",
    "unhealthy_content": "观看、下载不健康信息",
    "unrelated_disc": "使用与业务无关的光盘",
    "games_gambling": "打游戏、赌博",
    "unrelated_use": "用于与本岗位无关的其他用途",
    "install_device": "擅自在计算机上安装其他设备",
    "lan_with_internet": "使用局域网的同时打开外网",
    "copy_business_data": "未经允许导入、导出和复制业务系统数据",
    "take_data_out": "将重要业务数据翻印刻录带出办公区域",
    "sell_data": "倒卖和出让业务信息系统数据",
    "malware": "安装恶意软件或传播恶意代码",
    "third_party_chat": "通过第三方软件在业务内网平台闲聊和传输数据",
    "data_on_personal_pc": "在个人办公电脑上留存重要业务系统数据",
    "share_password": "向第三人泄露帐号和密码",
}
DISTRICT_ACTS = {
    "harmful_info": "district-bureau:50:9.1",
    "privacy_or_account_abuse": "district-bureau:50:9.2",
    "disclose_personal_info": "district-bureau:50:9.3",
    "unauthorised_change": "district-bureau:50:9.4",
    "forge_or_destroy_records": "district-bureau:52:6",
    "personal_email": "district-bureau:52:12",
    "unhealthy_content": "district-bureau:52:12",
    "unrelated_disc": "district-bureau:52:12",
    "games_gambling": "district-bureau:52:12",
    "unrelated_use": "district-bureau:52:3",
    "install_device": "district-bureau:55:1",
}
WENSHAN_ACTS = {
    "lan_with_internet": "wenshan-hrss:47:1.16",
    "copy_business_data": "wenshan-hrss:47:6.3",
    "take_data_out": "wenshan-hrss:47:6.4",
    "unauthorised_change": "wenshan-hrss:47:6.5",
    "sell_data": "wenshan-hrss:47:6.6",
    "malware": "wenshan-hrss:47:6.7",
    "third_party_chat": "wenshan-hrss:47:6.7",
    "data_on_personal_pc": "wenshan-hrss:47:6.8",
    "share_password": "wenshan-hrss:47:6.2",
}

check(
    "security.computer_use",
    "计算机和网络的使用",
    "Use of computers and networks",
    obj(
        [],
        {
            "acts": enum_list("拟进行或已发生的行为 acts done or intended", ACTS),
            "permitted": d("导入导出或修改数据已经允许 permission obtained for data operations", FLAG),
            "designated_user": d("使用者为该计算机的指定人员 the user is designated for this computer", FLAG),
            "idle_minutes": d("计算机空机待机分钟数 minutes the computer has been idle", COUNT),
            "classified_print_on": enum(
                "打印具有保密性质文件所用计算机：typing_room 打字室计算机、network_computer 网络计算机 "
                "where classified files are printed",
                ["typing_room", "network_computer"],
            ),
            "typing_room_online": d("打字室计算机上网 the typing-room computer is online", FLAG),
            "repair": enum(
                "故障处理：simple 简单故障自行处理、external_repair 请外单位检修、purchase 购置器材 fault handling",
                ["simple", "external_repair", "purchase"],
            ),
            "fault_registered": d("第一发现人已进行故障登记 fault registered", FLAG),
            "approved_by": APPROVED_BY,
        },
    ),
)


@rule(
    "security.computer_use.district_prohibited",
    check="security.computer_use",
    agencies=DB,
    cites=[
        ("district-bureau:50:9", "任何科室或个人不得利用计算机信息系统从事下列行为"),
        ("district-bureau:52:12", "不允许利用计算机发送与工作无关的个人邮件"),
        ("district-bureau:52:6", "任何人不得伪造、非法涂改计算机资料,不得故意毁坏数据文件"),
        ("district-bureau:52:3", "计算机应做到专机专用,非指定人员不得使用,禁止用与本岗位无关的其他用途"),
        ("district-bureau:55:1", "各科室不得擅自在计算机上安装其他设备"),
    ],
)
def computer_district_prohibited(facts: Facts, ctx: RuleContext) -> Finding | None:
    """不得利用计算机信息系统从事有害信息、侵犯隐私、泄露个人信息、擅改数据等行为；不发个人邮件、不看不健康信息、不打游戏赌博；
    专机专用，非指定人员不得使用；不得擅自安装其他设备。"""
    acts = [a for a in facts.get("acts", []) if a in DISTRICT_ACTS]
    if "designated_user" not in facts and not facts.get("acts"):
        return None
    bad = [ACT_ZH[a] for a in acts]
    cites = sorted({DISTRICT_ACTS[a] for a in acts})
    if facts.get("designated_user") is False:
        bad.append("非指定人员使用计算机")
        cites.append("district-bureau:52:3")
    if bad:
        return no(ctx, "禁止：" + "、".join(bad), "prohibited use of computers", cites=cites, trace=bad)
    return ok(ctx, "计算机使用符合规定", "use in order", cites=["district-bureau:50:9"], trace=["无禁止行为"])


@rule(
    "security.computer_use.district_operation",
    check="security.computer_use",
    agencies=DB,
    cites=[
        ("district-bureau:52:10", "严禁空机长时间运行,待机时间超过30分钟要关闭计算机"),
        ("district-bureau:52:11", "严禁在网络计算机上打印具有保密性质的文件资料。打字室计算机不允许上网"),
        ("district-bureau:52:9", "需要请外单位专业人员检修或购置有关器材经局领导批准后实施"),
    ],
    params=["security.computer_use.idle_minutes"],
)
def computer_district_operation(facts: Facts, ctx: RuleContext) -> list[Finding] | None:
    """待机超过 30 分钟（不含 30 分钟）须关机；保密文件只在不上网的打字室计算机打印；
    请外单位检修或购置器材须局领导批准。"""
    out: list[Finding] = []
    idle = facts.get("idle_minutes")
    if idle is not None:
        limit: int = ctx.param("security.computer_use.idle_minutes")
        extra = pc(ctx, "security.computer_use.idle_minutes")
        if idle > limit:
            out.append(
                no(
                    ctx,
                    f"待机 {idle} 分钟，超过 {limit} 分钟须关闭计算机",
                    f"idle {idle} minutes: shut it down",
                    cites=["district-bureau:52:10"],
                    extra=extra,
                    trace=[f"{idle} 分钟 > {limit} 分钟"],
                )
            )
        else:
            out.append(
                ok(
                    ctx,
                    f"待机 {idle} 分钟，未超过 {limit} 分钟",
                    f"idle {idle} minutes: within {limit}",
                    cites=["district-bureau:52:10"],
                    extra=extra,
                    trace=[f"{idle} 分钟 ≤ {limit} 分钟"],
                )
            )
    where = facts.get("classified_print_on")
    if where is not None or "typing_room_online" in facts:
        if where == "network_computer":
            out.append(
                no(
                    ctx,
                    "严禁在网络计算机上打印具有保密性质的文件资料",
                    "classified files may not be printed on networked computers",
                    cites=["district-bureau:52:11"],
                    trace=["网络计算机打印"],
                )
            )
        elif facts.get("typing_room_online"):
            out.append(
                no(
                    ctx,
                    "打字室计算机不允许上网",
                    "the typing-room computer may not be online",
                    cites=["district-bureau:52:11"],
                    trace=["打字室计算机上网"],
                )
            )
        else:
            out.append(
                ok(
                    ctx,
                    "在不上网的打字室计算机打印",
                    "printed on the offline typing-room computer",
                    cites=["district-bureau:52:11"],
                    trace=["打字室计算机"],
                )
            )
    repair = facts.get("repair")
    if repair is not None:
        if repair == "simple":
            if facts.get("fault_registered") is False:
                out.append(
                    warn(
                        ctx,
                        "简单故障由第一发现人进行故障登记",
                        "the first discoverer registers the fault",
                        cites=["district-bureau:52:9"],
                        trace=["未登记"],
                    )
                )
            else:
                out.append(
                    ok(
                        ctx,
                        "简单故障已登记处理",
                        "simple fault registered",
                        cites=["district-bureau:52:9"],
                        trace=["简单故障"],
                    )
                )
        else:
            missing = approvals_needed(facts, ["deputy_in_charge"])
            if missing:
                out.append(
                    ask(
                        ctx,
                        missing,
                        "请外单位专业人员检修或购置有关器材，须经局领导批准后实施",
                        "external repair or purchase needs a bureau leader's approval",
                        cites=["district-bureau:52:9"],
                        trace=[repair],
                    )
                )
            else:
                out.append(
                    ok(ctx, "局领导已批准检修或购置", "approved", cites=["district-bureau:52:9"], trace=[repair])
                )
    return out or None


@rule(
    "security.computer_use.wenshan_network",
    check="security.computer_use",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:1.16", "不准在使用局域网的同时,打开外网"),
        ("wenshan-hrss:47:6.3", "未经允许,不得导入、导出和复制各业务系统数据"),
        ("wenshan-hrss:47:6.6", "不得以任何形式倒卖和出让各重要业务信息系统数据"),
        ("wenshan-hrss:47:6.8", "不在个人办公电脑上留存重要业务系统数据"),
    ],
)
def computer_wenshan(facts: Facts, ctx: RuleContext) -> Finding | None:
    """网络保密守则：不同时开局域网和外网；未经允许不导入导出复制数据；不带出、倒卖数据；不装恶意软件；不泄露帐号密码；
    不在个人办公电脑留存重要业务数据。"""
    if "acts" not in facts:
        return None
    acts = [
        a for a in facts["acts"] if a in WENSHAN_ACTS and not (a == "copy_business_data" and facts.get("permitted"))
    ]
    if acts:
        bad = [ACT_ZH[a] for a in acts]
        return no(
            ctx,
            "违反网络保密守则：" + "、".join(bad),
            "breaks the network secrecy code",
            cites=sorted({WENSHAN_ACTS[a] for a in acts}),
            trace=bad,
        )
    return ok(
        ctx, "符合网络保密守则", "within the network secrecy code", cites=["wenshan-hrss:47:1.16"], trace=["无违规"]
    )


# ================================================================ 上网发布信息保密

LEVELS = ["none", "work_secret", "sensitive", "secret", "confidential", "top_secret"]
LEVEL_ZH = {
    "none": "非涉密",
    "work_secret": "工作秘密",
    "sensitive": "敏感信息",
    "secret": "秘密级",
    "confidential": "机密级",
    "top_secret": "绝密级",
}
STATE_SECRET = {"secret", "confidential", "top_secret"}

check(
    "secret.online_publish",
    "对外发布信息（上网、投稿、宣传）的保密审查",
    "Secrecy review of information published online or in the press",
    obj(
        ["classification"],
        {
            "classification": enum("信息密级或性质 classification of the information", LEVELS),
            "action": enum("publish 首次发布、modify 更改已发布内容 action", ["publish", "modify"]),
            "venue": enum(
                "发布途径：internet 上网发布、press 向报刊新闻单位投稿、publicity 对外宣传稿件 venue",
                ["internet", "press", "publicity"],
            ),
            "author_role": enum(
                "撰稿人：staff 机关工作人员、secretarial 文秘工作人员 author", ["staff", "secretarial"]
            ),
            "involves_work_data": d("涉及工作业务和有关数据资料 involves work or data", FLAG),
            "approved_by": APPROVED_BY,
            "register_items": enum_list(
                "上网登记已载明的项目 items in the publication register",
                ["collector", "secrecy_reviewer", "time_online", "operator"],
            ),
            "truthful_lawful": d("信息真实、合法（默认是） truthful and lawful", FLAG),
        },
    ),
)


@rule(
    "secret.online_publish.district_classified",
    check="secret.online_publish",
    agencies=DB,
    cites=[
        ("district-bureau:51:5", "严禁国家绝密级、机密机、秘密级信息上非泄密的电子计算机网络"),
        ("district-bureau:55:3", "做到涉密的信息不上网,上网的信息不涉密"),
        ("district-bureau:51:8", "上网发布的信息必须具有真实性、合法性"),
    ],
)
def online_district_classified(facts: Facts, ctx: RuleContext) -> Finding:
    """绝密、机密、秘密级信息严禁上非涉密网络（原文“非泄密”读作“非涉密”）；上网信息须真实合法。"""
    level = facts["classification"]
    if level in STATE_SECRET:
        return no(
            ctx,
            f"{LEVEL_ZH[level]}信息严禁上网发布",
            "state secrets may never go online",
            trace=[LEVEL_ZH[level]],
            cites=["district-bureau:51:5", "district-bureau:55:3"],
        )
    if facts.get("truthful_lawful") is False:
        return no(
            ctx,
            "上网发布的信息必须真实、合法",
            "published information must be true and lawful",
            cites=["district-bureau:51:8"],
            trace=["不真实或不合法"],
        )
    return ok(ctx, "不涉及国家秘密", "no state secret", cites=["district-bureau:51:5"], trace=[LEVEL_ZH[level]])


@rule(
    "secret.online_publish.district_review",
    check="secret.online_publish",
    agencies=DB,
    cites=[
        (
            "district-bureau:51:3",
            "由办公室指定一名可靠、工作责任心强、对保密工作业务和本单位保密范围熟悉的干部负责初审,保密组织负责人终审",
        ),
        ("district-bureau:51:6", "确需对外公布的,由单位主管领导严格把关,认真审批"),
        ("district-bureau:51:7", "更改原对外上网发布的信息内容,也应进行保密审批和登记"),
        ("district-bureau:55:3", "凡是上国际互联网的信息要经局保密工作领导小组审查"),
    ],
)
def online_district_review(facts: Facts, ctx: RuleContext) -> Finding | None:
    """上网发布（含更改）实行保密审批：办公室指定干部初审，保密组织负责人（局保密工作领导小组）终审；工作秘密、敏感信息原则上
    不上网，确需公布的由单位主管领导审批。"""
    level = facts["classification"]
    if level in STATE_SECRET:
        return None
    need = ["office", "secrecy_leading_group"]
    cites = ["district-bureau:51:3", "district-bureau:55:3"]
    if level in ("work_secret", "sensitive"):
        need.append("deputy_in_charge")
        cites.append("district-bureau:51:6")
    if facts.get("action") == "modify":
        cites.append("district-bureau:51:7")
    missing = approvals_needed(facts, need)
    trace = [f"{LEVEL_ZH[level]}，须审批：{'、'.join(need)}"]
    if missing:
        return ask(
            ctx,
            missing,
            "上网发布信息须经保密审批：办公室指定干部初审、保密组织负责人终审"
            + ("，工作秘密或敏感信息另须单位主管领导审批" if "deputy_in_charge" in need else ""),
            "secrecy approval is required before publishing online",
            cites=cites,
            trace=trace,
        )
    return ok(ctx, "已经保密审批", "secrecy approval obtained", cites=cites, trace=trace)


@rule(
    "secret.online_publish.district_register",
    check="secret.online_publish",
    agencies=DB,
    cites=[("district-bureau:51:4", "登记内容包括信息采集人、保密审查人、信息上网时间以及计算机操作员")],
)
def online_district_register(facts: Facts, ctx: RuleContext) -> Finding | None:
    """上网发布信息登记：信息采集人、保密审查人、上网时间、计算机操作员。"""
    if "register_items" not in facts:
        return None
    have = set(facts["register_items"])
    names = {
        "collector": "信息采集人",
        "secrecy_reviewer": "保密审查人",
        "time_online": "信息上网时间",
        "operator": "计算机操作员",
    }
    miss = [zh for k, zh in names.items() if k not in have]
    if miss:
        return no(ctx, "上网发布登记缺少：" + "、".join(miss), "the publication register is incomplete", trace=miss)
    return ok(ctx, "上网发布已完整登记", "registered", trace=["登记齐全"])


@rule(
    "secret.online_publish.wenshan",
    check="secret.online_publish",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:1.11", "向新闻单位投稿,不得涉及机密事项"),
        ("wenshan-hrss:47:1.11", "须由分管领导审核同意"),
        ("wenshan-hrss:47:2.7", "向报刊投稿必须经局长审批"),
        ("wenshan-hrss:36:7.3", "涉及国家秘密、商业秘密、个人隐私的信息"),
    ],
)
def online_wenshan(facts: Facts, ctx: RuleContext) -> Finding:
    """投稿和对外宣传不得涉及秘密事项；涉及工作业务和数据的对外宣传稿件须分管领导审核同意；文秘人员向报刊投稿须局长审批。"""
    level = facts["classification"]
    if level in STATE_SECRET or level == "work_secret":
        return no(
            ctx,
            "对外发布、投稿不得涉及秘密事项",
            "no secret matters in publications",
            trace=[LEVEL_ZH[level]],
            cites=["wenshan-hrss:47:1.11", "wenshan-hrss:36:7.3"],
        )
    need: list[str] = []
    cites = ["wenshan-hrss:47:1.11"]
    if facts.get("involves_work_data"):
        need.append("deputy_in_charge")
    if facts.get("venue") == "press" and facts.get("author_role") == "secretarial":
        need.append("chief")
        cites.append("wenshan-hrss:47:2.7")
    missing = approvals_needed(facts, need)
    if missing:
        return ask(
            ctx,
            missing,
            "对外发布须经" + "、".join(missing) + "审核同意",
            "approval needed before publication",
            cites=cites,
            trace=[f"须审批：{'、'.join(need)}"],
        )
    return ok(ctx, "无秘密事项，审批已齐", "no secrets; approvals in place", cites=cites, trace=[LEVEL_ZH[level]])


# ================================================================ 涉密设备与存储介质

DEVICE_ACTIONS = [
    "connect_internet",  # 接入互联网或其他公共信息网络
    "use_on_private_network",  # 在本局专网内使用
    "take_out",  # 携带外出
    "lend_external",  # 借给外单位
    "lend_internal",  # 外借（本单位内借阅）
    "mix",  # 涉密与非涉密介质交叉混用
    "private_device_on_private_network",  # 私人设备带入专网
    "store_secret_on_unclassified",  # 在非涉密设备上存储、处理国家秘密
    "email_secret",  # 用电子邮件传递国家秘密
    "repair",  # 送修
    "scrap",  # 报废
    "destroy",  # 销毁
    "first_use",  # 新启用或使用外来介质
    "downgrade",  # 降低密级使用
    "mark",  # 定密标识
]

check(
    "secret.device",
    "涉密计算机、笔记本电脑和存储介质的使用与处置",
    "Classified computers, laptops and storage media: use and disposal",
    obj(
        ["action"],
        {
            "device": enum(
                "设备：computer 计算机、laptop 笔记本电脑、removable_media 移动存储介质、"
                "external_storage 外存储器 device",
                ["computer", "laptop", "removable_media", "external_storage"],
            ),
            "classified": d("涉密设备或介质（默认是） classified device", FLAG),
            "action": enum("事项 action", DEVICE_ACTIONS),
            "approved_by": APPROVED_BY,
            "procedures_done": d("已履行相关手续并采取保密措施 procedures and safeguards in place", FLAG),
            "registered": d("已办理登记手续 registered", FLAG),
            "repairer": enum(
                "维修单位：certified 保密工作部门指定的有资质单位、other 其他 repairer", ["certified", "other"]
            ),
            "old_media_recovered": d("废旧存储介质已收回 old media recovered", FLAG),
            "technician_on_site": d("本局技术人员现场监督 a bureau technician supervises on site", FLAG),
            "wiped": d("已进行信息清除（消磁）处理 wiped", FLAG),
            "destroyed_at": enum(
                "销毁地点：district_secrecy_bureau 区保密局、in_house 本单位自行、"
                "secrecy_department 交保密工作部门 place of destruction",
                ["district_secrecy_bureau", "in_house", "secrecy_department"],
            ),
            "deregistered": d("已注销登记 deregistered", FLAG),
            "sold_as_scrap": d("作为废品出售 sold as scrap", FLAG),
            "checked_and_scanned": d("已安全检查和杀病毒 security-checked and virus-scanned", FLAG),
            "marked": d("已标明密级和“严禁拷贝”字样 marked with level and 严禁拷贝", FLAG),
            "level_by_highest": d("按所存储信息的最高密级定密 classified at the highest level stored", FLAG),
        },
    ),
)


@rule(
    "secret.device.district_network",
    check="secret.device",
    agencies=DB,
    cites=[
        ("district-bureau:53:3", "涉密笔记本电脑、涉密移动存储介质只能在本局专网内使用,严禁在互联网外网上使用"),
        ("district-bureau:53:4", "严禁将私人笔记本电脑、移动存储介质带入本局专网内使用"),
        ("district-bureau:55:2", "国家秘密信息不得在与国际互联网联网(外网)的计算机 中存储、处理、传递"),
        ("district-bureau:55:4", "不得利用电子邮件传递、转发或抄送国家秘密信息"),
        ("district-bureau:54:5", "不得与存储普通信息的外存储器混用"),
    ],
)
def device_district_network(facts: Facts, ctx: RuleContext) -> Finding | None:
    """涉密设备只在专网使用，严禁上互联网；私人设备不入专网；国家秘密不在联网计算机存储处理、不用电子邮件传递；涉密与普通介质不混用。"""
    a = facts["action"]
    classified = facts.get("classified", True)
    if a == "connect_internet" and classified:
        return no(
            ctx,
            "涉密计算机、笔记本电脑和移动存储介质严禁接入互联网",
            "classified devices may never connect to the internet",
            cites=["district-bureau:53:3", "district-bureau:55:2"],
            trace=["涉密设备上网"],
        )
    if a == "use_on_private_network":
        if not classified:
            return no(
                ctx,
                "非涉密或私人设备不得在本局专网内使用",
                "unclassified or private devices may not be used on the private network",
                cites=["district-bureau:53:4"],
                trace=["非涉密设备入专网"],
            )
        return ok(
            ctx,
            "涉密设备在本局专网内使用",
            "classified device on the private network",
            cites=["district-bureau:53:3"],
            trace=["专网"],
        )
    if a == "private_device_on_private_network":
        return no(
            ctx,
            "严禁将私人笔记本电脑、移动存储介质带入本局专网内使用",
            "no private devices on the private network",
            cites=["district-bureau:53:4"],
            trace=["私人设备入专网"],
        )
    if a == "store_secret_on_unclassified":
        return no(
            ctx,
            "国家秘密信息不得在与互联网联网的计算机中存储、处理、传递",
            "no state secrets on internet-connected computers",
            cites=["district-bureau:55:2"],
            trace=["联网计算机存储涉密信息"],
        )
    if a == "email_secret":
        return no(
            ctx,
            "不得利用电子邮件传递、转发或抄送国家秘密信息",
            "no state secrets by e-mail",
            cites=["district-bureau:55:4"],
            trace=["电子邮件传递涉密信息"],
        )
    if a == "mix":
        return no(
            ctx,
            "涉密与非涉密设备、介质不得混用",
            "classified and unclassified media may not be mixed",
            cites=["district-bureau:53:4", "district-bureau:54:5"],
            trace=["混用"],
        )
    if a == "connect_internet":
        return ok(ctx, "非涉密设备", "unclassified device", cites=["district-bureau:53:3"], trace=["非涉密"])
    return None


@rule(
    "secret.device.district_custody",
    check="secret.device",
    agencies=DB,
    cites=[
        ("district-bureau:53:3", "确因工作需要携带涉密笔记本电脑、涉密移动存储介质外出,须报经局长批准"),
        ("district-bureau:53:3", "严禁将涉密笔记本电脑、涉密移动存储介质借给外单位使用"),
        ("district-bureau:54:9", "确需借阅某些文件、资料时,应经主管领导批准,办理登记手续"),
    ],
)
def device_district_custody(facts: Facts, ctx: RuleContext) -> Finding | None:
    """携带外出须局长批准并履行手续；严禁借给外单位；外存储器原则上不外借，确需借阅的经主管领导批准并登记。"""
    a = facts["action"]
    if a == "take_out":
        missing = approvals_needed(facts, ["chief"])
        if missing:
            return ask(
                ctx,
                missing,
                "携带涉密笔记本电脑、移动存储介质外出须报经局长批准",
                "taking it out needs the director's approval",
                cites=["district-bureau:53:3"],
                trace=["外出待批"],
            )
        if facts.get("procedures_done") is False:
            return no(
                ctx,
                "须履行相关手续并采取严格的保密措施",
                "procedures and safeguards are required",
                cites=["district-bureau:53:3"],
                trace=["手续未履行"],
            )
        return ok(
            ctx, "局长已批准携带外出", "approved by the director", cites=["district-bureau:53:3"], trace=["已批准"]
        )
    if a == "lend_external":
        return no(
            ctx,
            "严禁将涉密笔记本电脑、涉密移动存储介质借给外单位使用",
            "never lent to outside units",
            cites=["district-bureau:53:3"],
            trace=["借给外单位"],
        )
    if a == "lend_internal":
        missing = approvals_needed(facts, ["deputy_in_charge"])
        if missing:
            return ask(
                ctx,
                missing,
                "涉密外存储器原则上不外借，确需借阅的经主管领导批准并办理登记",
                "a loan needs the leader in charge's approval and registration",
                cites=["district-bureau:54:9"],
                trace=["借阅待批"],
            )
        if facts.get("registered") is False:
            return no(
                ctx,
                "借阅须办理登记手续",
                "the loan must be registered",
                cites=["district-bureau:54:9"],
                trace=["未登记"],
            )
        return ok(ctx, "主管领导已批准借阅", "loan approved", cites=["district-bureau:54:9"], trace=["已批准"])
    return None


@rule(
    "secret.device.district_disposal",
    check="secret.device",
    agencies=DB,
    cites=[
        ("district-bureau:53:5", "必须到国家保密工作部门指定的具有保密资质的单位进行维修,并将废旧的存储介质收回"),
        ("district-bureau:55:5", "到保密工作部门指定的维修点进行维修,并派技术人员在现场负责监督"),
        ("district-bureau:53:5", "涉密移动存储介质在报废前,应进行信息清除处理"),
        ("district-bureau:53:6", "经局主要领导批准后,到区保密局统一销毁,各科室不得擅自销毁"),
        ("district-bureau:54:11", "泄密的外存储器销毁要经主管领导批准,并进行注销登记"),
    ],
    params=["secret.device.destroy_rule"],
)
def device_district_disposal(facts: Facts, ctx: RuleContext) -> Finding | None:
    """送修：保密资质单位（指定维修点），收回废旧介质，计算机维修须技术人员现场监督；报废前清除信息；销毁：局主要领导批准、到区保密局
    统一销毁并注销登记，不得擅自销毁或作废品出售（两条销毁规定取严，见参数读法）。"""
    a = facts["action"]
    if a == "repair":
        bad = []
        if facts.get("repairer", "certified") != "certified":
            bad.append("维修单位无保密资质")
        if facts.get("old_media_recovered") is False:
            bad.append("未收回废旧存储介质")
        if facts.get("device") == "computer" and facts.get("technician_on_site") is False:
            bad.append("无技术人员现场监督")
        if bad:
            return no(
                ctx,
                "涉密设备维修不符合要求：" + "、".join(bad),
                "repair rules broken",
                cites=["district-bureau:53:5", "district-bureau:55:5"],
                trace=bad,
            )
        return ok(
            ctx,
            "在保密资质单位维修并收回介质",
            "repaired at a certified unit",
            cites=["district-bureau:53:5"],
            trace=["合规维修"],
        )
    if a == "scrap":
        if not facts.get("wiped"):
            return no(
                ctx,
                "涉密存储介质报废前应进行信息清除处理",
                "wipe before scrapping",
                cites=["district-bureau:53:5"],
                trace=["未清除"],
            )
        if facts.get("sold_as_scrap"):
            return no(
                ctx,
                "禁止将涉密移动存储介质作为废品出售",
                "may not be sold as scrap",
                cites=["district-bureau:53:6"],
                trace=["作废品出售"],
            )
        return ok(ctx, "已清除信息后报废", "wiped before scrapping", cites=["district-bureau:53:5"], trace=["已清除"])
    if a != "destroy":
        return None
    rule_choice: str = ctx.param("secret.device.destroy_rule")
    extra = pc(ctx, "secret.device.destroy_rule")
    if facts.get("sold_as_scrap"):
        return no(
            ctx,
            "禁止将涉密移动存储介质作为废品出售",
            "may not be sold as scrap",
            cites=["district-bureau:53:6"],
            extra=extra,
            trace=["作废品出售"],
        )
    place = facts.get("destroyed_at", "district_secrecy_bureau")
    allowed_places = (
        ["district_secrecy_bureau"]
        if rule_choice == "strict"
        else ["district_secrecy_bureau", "in_house", "secrecy_department"]
    )
    if place not in allowed_places:
        return no(
            ctx,
            "涉密介质须到区保密局统一销毁，各科室不得擅自销毁",
            "destroy only at the district secrecy bureau",
            cites=["district-bureau:53:6"],
            extra=extra,
            trace=[f"销毁地点 {place}"],
        )
    need = ["chief"] if rule_choice == "strict" else ["deputy_in_charge"]
    missing = approvals_needed(facts, need)
    if missing:
        return ask(
            ctx,
            missing,
            "涉密介质销毁须经局主要领导批准" if rule_choice == "strict" else "销毁须经主管领导批准",
            "destruction needs the principal leader's approval",
            cites=["district-bureau:53:6"],
            extra=extra,
            trace=["销毁待批"],
        )
    if facts.get("deregistered") is False:
        return no(
            ctx,
            "销毁须进行注销登记",
            "destruction must be deregistered",
            cites=["district-bureau:54:11"],
            extra=extra,
            trace=["未注销"],
        )
    return ok(
        ctx,
        "已批准并在区保密局统一销毁",
        "approved and destroyed centrally",
        cites=["district-bureau:53:6"],
        extra=extra,
        trace=["合规销毁"],
    )


@rule(
    "secret.device.district_marking",
    check="secret.device",
    agencies=DB,
    cites=[
        ("district-bureau:54:2", "其密级按所存储信息的最高密级确定标志"),
        ("district-bureau:54:4", "应在显眼位置贴上或标明“绝密”、“机密”、“秘密”等相应密级的记号"),
        ("district-bureau:54:5", "存储过秘密信息的外存储器,不得降低密级使用"),
        ("district-bureau:54:6", "必须进行安全检查和杀病毒处理"),
    ],
)
def device_district_marking(facts: Facts, ctx: RuleContext) -> Finding | None:
    """按所存最高密级定密并显著标明密级和“严禁拷贝”；存储过秘密信息的不得降低密级；新启用或外来介质须安全检查和杀毒。"""
    a = facts["action"]
    if a == "downgrade":
        return no(
            ctx,
            "存储过秘密信息的外存储器不得降低密级使用",
            "may not be downgraded",
            cites=["district-bureau:54:5"],
            trace=["降密使用"],
        )
    if a == "first_use":
        if facts.get("checked_and_scanned"):
            return ok(
                ctx, "已安全检查和杀病毒", "checked and scanned", cites=["district-bureau:54:6"], trace=["已检查"]
            )
        return no(
            ctx,
            "新启用或外来的外存储器须先进行安全检查和杀病毒处理",
            "check and scan before first use",
            cites=["district-bureau:54:6"],
            trace=["未检查"],
        )
    if a == "mark":
        bad = []
        if facts.get("level_by_highest") is False:
            bad.append("未按所存储信息的最高密级定密")
        if not facts.get("marked"):
            bad.append("未标明密级和“严禁拷贝”字样")
        if bad:
            return no(
                ctx,
                "外存储器定密标识不符合要求：" + "、".join(bad),
                "marking rules broken",
                cites=["district-bureau:54:2", "district-bureau:54:4"],
                trace=bad,
            )
        return ok(
            ctx, "已按最高密级定密并标识", "classified and marked", cites=["district-bureau:54:4"], trace=["已标识"]
        )
    return None


@rule(
    "secret.device.wenshan",
    check="secret.device",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:6.9", "不得把涉密计算机、涉密存储设备接入互联网及其他公共信息网络"),
        ("wenshan-hrss:47:6.9", "不在涉密计算机和非涉密计算机之间交叉使用移动存储介质"),
        ("wenshan-hrss:47:6.9", "不在非涉密计算机、非涉密存储设备上存储、处理国家秘密信息"),
    ],
)
def device_wenshan(facts: Facts, ctx: RuleContext) -> Finding | None:
    """涉密计算机和存储设备不接入互联网及公共信息网络；不交叉使用移动存储介质；不在非涉密设备上存储处理国家秘密。"""
    a = facts["action"]
    classified = facts.get("classified", True)
    if a == "connect_internet":
        if classified:
            return no(
                ctx,
                "涉密计算机、涉密存储设备不得接入互联网及其他公共信息网络",
                "classified devices may not go online",
                trace=["涉密设备上网"],
            )
        return ok(ctx, "非涉密设备", "unclassified device", trace=["非涉密"])
    if a == "mix":
        return no(
            ctx,
            "不得在涉密计算机和非涉密计算机之间交叉使用移动存储介质",
            "no cross-use of removable media",
            trace=["交叉使用"],
        )
    if a == "store_secret_on_unclassified":
        return no(
            ctx,
            "不得在非涉密计算机、非涉密存储设备上存储、处理国家秘密信息",
            "no state secrets on unclassified devices",
            trace=["非涉密设备存储涉密信息"],
        )
    return None


# ================================================================ 涉密文件

DOC_ACTIONS = [
    "receive",  # 收到涉密来文、来电、信件、传真
    "send_out",  # 对外印发涉密文件
    "send_up",  # 上报（上行）涉密文件
    "send_down",  # 下发涉密文件材料
    "borrow",  # 借阅已归档涉密文件
    "annual_archive",  # 上年涉密文件归档
    "copy",  # 翻印、复印
    "destroy",  # 销毁
    "read_archive",  # 查阅档案
    "carry_out",  # 携带秘密文件外出
    "leave_post",  # 工作调动或离岗
]
DOC_LEVELS = ["none", "secret", "confidential", "top_secret"]

check(
    "secret.document",
    "涉密文件的收发、借阅、复制、销毁、归档和档案查阅",
    "Classified documents: receipt, dispatch, loans, copies, destruction, filing and archive access",
    obj(
        ["action"],
        {
            "action": enum("事项 action", DOC_ACTIONS),
            "level": enum("密级（默认 secret） classification level", DOC_LEVELS),
            "approved_by": APPROVED_BY,
            "registered": d("已由文书/收发员登记（默认是） registered", FLAG),
            "first_reviewed": d("已由综合科专职人员审核 reviewed by the general section's staff", FLAG),
            "higher_level_document": d("上级机关的公文 a document of a higher organ", FLAG),
            "issuing_organ_approved": d("已经发文机关批准或授权 approved by the issuing organ", FLAG),
            "copy_annotated": d("复印件注明翻印复印机关、时间、份数并加盖本局印章 copies annotated and sealed", FLAG),
            "itemised": d("已逐件登记 itemised list", FLAG),
            "persons_present": d("销毁时在场人数 persons present at destruction", COUNT),
            "sold": d("出售给私人或物资回收部门 sold to private buyers or recyclers", FLAG),
            "urgent": d("紧急密件、密电 urgent classified item", FLAG),
            "received_on": d("收到之日 date received", DATE),
            "processed_on": d("处理完毕之日 date processed", DATE),
            "document_year": d(
                "文件所属年度 year of the documents", {"type": "integer", "minimum": 1990, "maximum": 2100}
            ),
            "archived_on": d("归档之日 date archived", DATE),
            "due_on": d("限期归还日 return due", DATE),
            "returned_on": d("归还之日 date returned", DATE),
            "outside_unit": d("外单位查阅 reader from an outside unit", FLAG),
            "introduction_letter": d("持单位介绍信及证明 introduction letter presented", FLAG),
            "excerpt": d("需要摘抄 excerpts to be made", FLAG),
            "accompanied": d("档案员陪同查阅（默认是） accompanied by the archivist", FLAG),
            "destination": enum(
                "携带去向：meeting_or_work 外出工作或开会、non_office 非办公场所或公共场所 destination",
                ["meeting_or_work", "non_office"],
            ),
            "loan_procedure": d("已办理借阅手续 borrowing procedure done", FLAG),
            "handed_directly": d("直接交收发、秘书或领导签收（未托人转交） handed over directly with signature", FLAG),
            "title_registered": d("发送登记中登记了文件标题和内容 title and content entered in the register", FLAG),
            "external": d("向外发送 sent outside the bureau", FLAG),
            "sealed": d("已加封 sealed", FLAG),
            "documents_returned": d("已清退保存的文件、资料 documents handed back", FLAG),
            "commitment_signed": d("已签订保密承诺书并接受脱密期管理 commitment signed", FLAG),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


def _need(
    ctx: RuleContext, facts: Facts, need: list[str], zh: str, en: str, cites: list[str], trace: list[str]
) -> Finding:
    missing = approvals_needed(facts, need)
    if missing:
        return ask(ctx, missing, zh, en, cites=cites, trace=trace)
    return ok(ctx, "审批已齐", "approvals in place", cites=cites, trace=trace)


@rule(
    "secret.document.baicheng_flow",
    check="secret.document",
    agencies=BC,
    cites=[
        ("baicheng-fupin:34:2", "由文书登记，并报综合科负责人签批后呈送主任批示"),
        ("baicheng-fupin:34:5", "对外印发的涉密文件要经分管领导签字，主任把关后方可打印发送"),
        ("baicheng-fupin:34:9", "首先由综合科专职人员审核后，交分管领导把关"),
        ("baicheng-fupin:34:10", "上行涉密文件的签发，由主任签发"),
    ],
)
def doc_baicheng_flow(facts: Facts, ctx: RuleContext) -> Finding | None:
    """来文：文书登记 → 综合科负责人签批 → 主任批示；对外印发：分管领导签字、主任把关；
    上报下发：综合科专职人员审核、分管领导把关；
    上行文件由主任签发。"""
    a = facts["action"]
    if facts.get("level", "secret") == "none":
        return None
    if a == "receive":
        if facts.get("registered") is False:
            return no(
                ctx,
                "涉密来文须先由文书登记",
                "register the classified item first",
                cites=["baicheng-fupin:34:2"],
                trace=["未登记"],
            )
        return _need(
            ctx,
            facts,
            ["section_head", "chief"],
            "涉密来文报综合科负责人签批后呈送主任批示",
            "the general section head signs, then the director instructs",
            ["baicheng-fupin:34:2"],
            ["来文"],
        )
    if a in ("send_out", "send_up", "send_down"):
        if a in ("send_up", "send_down") and not facts.get("first_reviewed"):
            return no(
                ctx,
                "上报、下发的涉密文件材料须首先由综合科专职人员审核",
                "the general section's staff review first",
                cites=["baicheng-fupin:34:9"],
                trace=["未经综合科审核"],
            )
        need = ["deputy_in_charge", "chief"] if a != "send_down" else ["deputy_in_charge"]
        cite = {
            "send_out": "baicheng-fupin:34:5",
            "send_up": "baicheng-fupin:34:10",
            "send_down": "baicheng-fupin:34:9",
        }[a]
        zh = {
            "send_out": "对外印发的涉密文件须经分管领导签字、主任把关后方可打印发送",
            "send_up": "上行涉密文件经分管领导把关后由主任签发",
            "send_down": "下发的涉密文件材料交分管领导把关",
        }[a]
        return _need(ctx, facts, need, zh, "sign-off required before dispatch", [cite], [a])
    return None


@rule(
    "secret.document.baicheng_archive",
    check="secret.document",
    agencies=BC,
    cites=[
        ("baicheng-fupin:34:6", "每年第一季度内必须将上年涉密文件全部归档入卷"),
        ("baicheng-fupin:34:4", "各科室借阅已归档的涉密文件要办理借阅手续，限期归还"),
    ],
)
def doc_baicheng_archive(facts: Facts, ctx: RuleContext) -> Finding | None:
    """上年涉密文件于每年第一季度内（3 月 31 日前）全部归档入卷；借阅已归档涉密文件须办手续、限期归还。"""
    a = facts["action"]
    now = today(facts, ctx)
    if a == "annual_archive":
        year = facts.get("document_year", now.year - 1)
        dl = plain_deadline(
            dt.date(year + 1, 3, 31),
            f"{year} 年涉密文件归档期限",
            "annual filing due",
            [f"{year} 年文件 → 次年第一季度"],
        )
        return timed(ctx, dl, day(facts, "archived_on"), now, "归档入卷", "filing", cites=["baicheng-fupin:34:6"])
    if a == "borrow":
        if facts.get("registered") is False or facts.get("loan_procedure") is False:
            return no(
                ctx,
                "借阅已归档的涉密文件须办理借阅手续",
                "a loan needs the borrowing procedure",
                cites=["baicheng-fupin:34:4"],
                trace=["未办手续"],
            )
        due = day(facts, "due_on")
        if due is None:
            return no(
                ctx,
                "借阅涉密文件须限期归还，应登记归还期限",
                "a return date must be set",
                cites=["baicheng-fupin:34:4"],
                trace=["无归还期限"],
            )
        dl = plain_deadline(due, "涉密文件归还期限", "return due")
        return timed(ctx, dl, day(facts, "returned_on"), now, "归还涉密文件", "return", cites=["baicheng-fupin:34:4"])
    return None


@rule(
    "secret.document.wenshan_copy_destroy",
    check="secret.document",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:1.14", "翻印、复印上级机关的秘密公文须经发文机关批准或者授权"),
        ("wenshan-hrss:47:1.14", "其他公文须经分管公文处理工作的局领导或办公室主任批准"),
        ("wenshan-hrss:47:1.14", "复印件应加盖本局印章"),
        ("wenshan-hrss:47:2.5", "必须逐件登记,经分管办公室的局领导审查批准后销毁"),
        ("wenshan-hrss:47:3.7", "销毁涉密文件、资料,应由2人以上同时在场"),
    ],
    params=["secret.document.min_witnesses"],
)
def doc_wenshan_copy_destroy(facts: Facts, ctx: RuleContext) -> Finding | None:
    """翻印复印：上级机关秘密公文须发文机关批准或授权，其他公文须分管公文处理的局领导或办公室主任批准，复印件注明并加盖印章；
    销毁：逐件登记、分管办公室的局领导批准、2 人以上（含 2 人）在场，不得出售。"""
    a = facts["action"]
    if a == "copy":
        if facts.get("higher_level_document") and facts.get("level", "secret") != "none":
            if not facts.get("issuing_organ_approved"):
                return no(
                    ctx,
                    "翻印、复印上级机关的秘密公文须经发文机关批准或者授权",
                    "the issuing organ must approve",
                    cites=["wenshan-hrss:47:1.14"],
                    trace=["发文机关未批准"],
                )
        else:
            have = set(facts.get("approved_by", []))
            if not have & {"office", "deputy_in_charge"}:
                return ask(
                    ctx,
                    ["office"],
                    "翻印、复印须经分管公文处理工作的局领导或办公室主任批准",
                    "the leader in charge of documents or the office director approves",
                    cites=["wenshan-hrss:47:1.14"],
                    trace=["待批准"],
                )
        if facts.get("copy_annotated") is False:
            return no(
                ctx,
                "复印件应注明翻印、复印机关、时间和份数并加盖本局印章",
                "copies must be annotated and sealed",
                cites=["wenshan-hrss:47:1.14"],
                trace=["未注明或未盖章"],
            )
        return ok(ctx, "翻印、复印已经批准", "copying approved", cites=["wenshan-hrss:47:1.14"], trace=["已批准"])
    if a != "destroy":
        return None
    need_n: int = ctx.param("secret.document.min_witnesses")
    extra = pc(ctx, "secret.document.min_witnesses")
    if facts.get("sold"):
        return no(
            ctx,
            "不准将内部文件、刊物、资料等出售给私人或物资回收部门",
            "may not be sold",
            cites=["wenshan-hrss:47:2.5"],
            trace=["出售"],
        )
    if facts.get("itemised") is False:
        return no(
            ctx,
            "销毁秘密文件须逐件登记",
            "itemise before destruction",
            cites=["wenshan-hrss:47:2.5"],
            trace=["未逐件登记"],
        )
    n = facts.get("persons_present")
    if n is not None and n < need_n:
        return no(
            ctx,
            f"销毁时在场 {n} 人，应由 2 人以上同时在场并履行监销手续",
            f"{n} present: at least {need_n} required",
            cites=["wenshan-hrss:47:3.7"],
            extra=extra,
            trace=[f"{n} 人 < {need_n} 人"],
        )
    missing = approvals_needed(facts, ["deputy_in_charge"])
    trace = [f"在场 {n} 人 ≥ {need_n} 人"] if n is not None else []
    if missing:
        return ask(
            ctx,
            missing,
            "销毁秘密文件须经分管办公室的局领导审查批准",
            "the leader in charge of the office approves destruction",
            cites=["wenshan-hrss:47:2.5"],
            extra=extra,
            trace=trace or ["待批准"],
        )
    return ok(
        ctx,
        "销毁已批准，2 人以上在场监销",
        "destruction approved and witnessed",
        cites=["wenshan-hrss:47:3.7"],
        extra=extra,
        trace=trace or ["已批准"],
    )


@rule(
    "secret.document.wenshan_receipt",
    check="secret.document",
    agencies=WS,
    cites=[("wenshan-hrss:47:4.3", "紧急密件、密电要随到随送、不过夜;一般密件要在3天内处理完毕")],
    params=["secret.document.ordinary_days"],
)
def doc_wenshan_receipt(facts: Facts, ctx: RuleContext) -> Finding | None:
    """紧急密件、密电随到随送、不过夜（当日）；一般密件 3 天内处理完毕（日历日，收到当日不计）。"""
    if facts["action"] != "receive":
        return None
    got = day(facts, "received_on")
    if got is None:
        return None
    if facts.get("registered") is False:
        return no(ctx, "收到的秘密文件须及时登记，做到件件有登记", "register every document", trace=["未登记"])
    if facts.get("urgent"):
        dl = plain_deadline(got, "紧急密件处理期限（不过夜）", "urgent item: same day")
        return timed(
            ctx,
            dl,
            day(facts, "processed_on"),
            today(facts, ctx),
            "送达处理紧急密件",
            "urgent item",
            trace=["紧急：不过夜"],
        )
    n: int = ctx.param("secret.document.ordinary_days")
    dl = ctx.deadline(got, n, "days", "一般密件处理期限", "ordinary item due")
    return timed(
        ctx,
        dl,
        day(facts, "processed_on"),
        today(facts, ctx),
        "处理一般密件",
        "ordinary item",
        extra=pc(ctx, "secret.document.ordinary_days"),
    )


@rule(
    "secret.document.wenshan_access",
    check="secret.document",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:3.2", "绝密档案、资料,未经局长批准,不得查阅。查阅时,必须陪同查阅者查阅完毕"),
        (
            "wenshan-hrss:47:3.3",
            "为本部门提供利用的档案材料,须经办公室主任或分管局领导同意。外单位查阅档案,需持单位介绍并经上述领导批准",
        ),
        ("wenshan-hrss:48:3.1", "外单位人员到本单位查阅档案材料须持查阅人员单位的介绍信及证明"),
        ("wenshan-hrss:48:3.2", "查阅重要机要档案和需摘抄档案材料者,须局分管领导同意方可查阅和摘抄"),
    ],
)
def doc_wenshan_access(facts: Facts, ctx: RuleContext) -> Finding | None:
    """查阅档案：绝密档案须局长批准并陪同；重要机要档案或摘抄须分管领导同意；一般利用须办公室主任或分管局领导同意；外单位须持介绍信。"""
    if facts["action"] != "read_archive":
        return None
    level = facts.get("level", "none")
    if facts.get("outside_unit") and not facts.get("introduction_letter"):
        return no(
            ctx,
            "外单位查阅档案须持单位介绍信及证明",
            "outside readers need an introduction letter",
            cites=["wenshan-hrss:47:3.3", "wenshan-hrss:48:3.1"],
            trace=["无介绍信"],
        )
    if level == "top_secret":
        if facts.get("accompanied") is False:
            return no(
                ctx,
                "查阅绝密档案必须陪同查阅者查阅完毕",
                "top-secret files are read only with the archivist present",
                cites=["wenshan-hrss:47:3.2"],
                trace=["无人陪同"],
            )
        return _need(
            ctx,
            facts,
            ["chief"],
            "绝密档案须经局长批准方可查阅",
            "the director must approve",
            ["wenshan-hrss:47:3.2"],
            ["绝密"],
        )
    if level in ("secret", "confidential") or facts.get("excerpt"):
        return _need(
            ctx,
            facts,
            ["deputy_in_charge"],
            "查阅重要机要档案或摘抄档案材料须局分管领导同意，并登记查阅摘抄内容",
            "the leader in charge must consent",
            ["wenshan-hrss:48:3.2"],
            ["机要档案或摘抄"],
        )
    have = set(facts.get("approved_by", []))
    if have & {"office", "deputy_in_charge"}:
        return ok(
            ctx, "已经办公室主任或分管局领导同意", "consent obtained", cites=["wenshan-hrss:47:3.3"], trace=["已同意"]
        )
    return ask(
        ctx,
        ["office"],
        "提供利用档案材料须经办公室主任或分管局领导同意",
        "the office director or leader in charge consents",
        cites=["wenshan-hrss:47:3.3"],
        trace=["待同意"],
    )


@rule(
    "secret.document.wenshan_carry",
    check="secret.document",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:1.4", "机要文件、资料和记有秘密事项的笔记本不得带到非办公场所"),
        ("wenshan-hrss:47:1.8", "如因特殊情况需要带秘密文件,应办理借阅手续,并妥善保管"),
    ],
)
def doc_wenshan_carry(facts: Facts, ctx: RuleContext) -> Finding | None:
    """秘密文件不得带到非办公场所；外出工作或开会确需携带的，办理借阅手续并妥善保管。"""
    if facts["action"] != "carry_out":
        return None
    if facts.get("destination") == "non_office":
        return no(
            ctx,
            "机要文件、资料和秘密笔记本不得带到非办公场所",
            "never to non-office places",
            cites=["wenshan-hrss:47:1.4"],
            trace=["非办公场所"],
        )
    if not facts.get("loan_procedure"):
        return no(
            ctx,
            "外出确需携带秘密文件的，应办理借阅手续",
            "a borrowing procedure is required",
            cites=["wenshan-hrss:47:1.8"],
            trace=["未办借阅手续"],
        )
    return ok(ctx, "已办理借阅手续携带外出", "borrowed for the trip", cites=["wenshan-hrss:47:1.8"], trace=["已办手续"])


@rule(
    "secret.document.wenshan_dispatch",
    check="secret.document",
    agencies=WS,
    cites=[
        ("wenshan-hrss:47:4.5", "发文时,应直接交给收发、秘书或领导签收,不得托人转交"),
        ("wenshan-hrss:47:4.7", "发送绝密文件,不得登记文件标题和内容"),
        ("wenshan-hrss:47:4.7", "向外发送绝密文件时,必须加封"),
        ("wenshan-hrss:47:1.12", "离岗时,自愿接受脱密期管理,签订保密承诺书"),
    ],
)
def doc_wenshan_dispatch(facts: Facts, ctx: RuleContext) -> Finding | None:
    """发文直接交收发、秘书或领导签收，不托人转交；绝密文件不登记标题和内容，向外发送须加封；
    工作调动清退文件，离岗签订保密承诺书。"""
    a = facts["action"]
    if a == "leave_post":
        miss = [
            zh
            for k, zh in (("documents_returned", "清退保存的文件资料"), ("commitment_signed", "签订保密承诺书"))
            if not facts.get(k)
        ]
        if miss:
            return no(
                ctx,
                "工作调动或离岗须" + "、".join(miss),
                "return documents and sign the commitment",
                cites=["wenshan-hrss:47:1.12"],
                trace=miss,
            )
        return ok(
            ctx,
            "已清退文件并签订保密承诺书",
            "documents returned, commitment signed",
            cites=["wenshan-hrss:47:1.12"],
            trace=["齐全"],
        )
    if a != "send_out":
        return None
    bad = []
    cites = []
    if facts.get("handed_directly") is False:
        bad.append("托人转交")
        cites.append("wenshan-hrss:47:4.5")
    if facts.get("level") == "top_secret":
        if facts.get("title_registered"):
            bad.append("绝密文件登记了标题和内容")
            cites.append("wenshan-hrss:47:4.7")
        if facts.get("external") and not facts.get("sealed"):
            bad.append("向外发送绝密文件未加封")
            cites.append("wenshan-hrss:47:4.7")
    if bad:
        return no(ctx, "发文不符合保密守则：" + "、".join(bad), "dispatch rules broken", cites=cites, trace=bad)
    return ok(ctx, "发文签收手续符合保密守则", "dispatch in order", cites=["wenshan-hrss:47:4.5"], trace=["直接签收"])


# ================================================================ 档案痕迹管理 (wenshan-hrss:48)

check(
    "secret.archive",
    "档案收集归档时限、会议记录归档、库房管理与库存核对",
    "Archives: filing time limits, minute books, storeroom and inventory",
    obj(
        ["task"],
        {
            "task": enum(
                "事项：return_higher_level 清退上级文件、section_filing 科室立卷移交、minutes_book 会议记录本归档、"
                "store_entry 进入档案库房、inventory 库存核对 task",
                ["return_higher_level", "section_filing", "minutes_book", "store_entry", "inventory"],
            ),
            "document_year": d(
                "文件所属年度 year of the documents", {"type": "integer", "minimum": 1990, "maximum": 2100}
            ),
            "done_on": d("完成之日 date done", DATE),
            "approved_by": APPROVED_BY,
            "needs_leader_review": d("科室立卷必要时须经分管局领导审核 leader review needed", FLAG),
            "book_full": d("会议记录本已记满 the minute book is full", FLAG),
            "archived": d("已立卷归档移交档案室 filed and handed to the archive room", FLAG),
            "archivist": d("进入者为档案管理人员 the person is an archivist", FLAG),
            "last_inventory": d("上次核对库存之日 last inventory", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "secret.archive.filing",
    check="secret.archive",
    agencies=WS,
    cites=[
        ("wenshan-hrss:48:2.1", "科室签收办理的必须于次年第一季度内清退完毕交办公室"),
        ("wenshan-hrss:48:2.1", "并经科室负责人审核,必要时经分管局领导审核后,移交办公室"),
        ("wenshan-hrss:48:2.3", "以上会议记录本每记满1本均应立卷归档后移交档案室统一保管"),
    ],
)
def archive_filing(facts: Facts, ctx: RuleContext) -> Finding | None:
    """上级文件次年第一季度内（3 月 31 日前）清退交办公室；科室立卷经科室负责人审核（必要时分管局领导）后移交；
    会议记录本记满即归档。"""
    t = facts["task"]
    now = today(facts, ctx)
    if t == "return_higher_level":
        year = facts.get("document_year", now.year - 1)
        dl = plain_deadline(
            dt.date(year + 1, 3, 31), f"{year} 年上级文件清退期限", "return due", [f"{year} 年 → 次年第一季度"]
        )
        return timed(
            ctx, dl, day(facts, "done_on"), now, "清退上级文件", "return of documents", cites=["wenshan-hrss:48:2.1"]
        )
    if t == "section_filing":
        need = ["section_head"] + (["deputy_in_charge"] if facts.get("needs_leader_review") else [])
        missing = approvals_needed(facts, need)
        if missing:
            return ask(
                ctx,
                missing,
                "科室立卷须经科室负责人审核（必要时经分管局领导审核）后移交办公室",
                "the section head (and if needed the leader in charge) reviews the files",
                cites=["wenshan-hrss:48:2.1"],
                trace=["待审核"],
            )
        return ok(ctx, "已审核，可移交办公室", "reviewed: hand over", cites=["wenshan-hrss:48:2.1"], trace=["已审核"])
    if t == "minutes_book":
        if facts.get("book_full") and not facts.get("archived"):
            return no(
                ctx,
                "会议记录本记满 1 本即应立卷归档移交档案室",
                "a full minute book must be filed",
                cites=["wenshan-hrss:48:2.3"],
                trace=["已记满未归档"],
            )
        return ok(ctx, "会议记录本归档符合要求", "minute book in order", cites=["wenshan-hrss:48:2.3"], trace=["符合"])
    return None


@rule(
    "secret.archive.store",
    check="secret.archive",
    agencies=WS,
    cites=[
        ("wenshan-hrss:48:3.3", "非档案管理人员未经领导同意,严禁进入档案库房"),
        ("wenshan-hrss:48:3.4", "档案管理人员每半年核对1次库存档案"),
    ],
    params=["secret.archive.inventory_months"],
)
def archive_store(facts: Facts, ctx: RuleContext) -> Finding | None:
    """非档案管理人员未经领导同意严禁进入库房；档案管理人员每半年核对一次库存。"""
    t = facts["task"]
    if t == "store_entry":
        if facts.get("archivist"):
            return ok(
                ctx, "档案管理人员进入库房", "archivist entry", cites=["wenshan-hrss:48:3.3"], trace=["档案管理人员"]
            )
        have = set(facts.get("approved_by", []))
        if have & {"office", "deputy_in_charge", "chief"}:
            return ok(ctx, "经领导同意进入库房", "entry approved", cites=["wenshan-hrss:48:3.3"], trace=["已同意"])
        return ask(
            ctx,
            ["deputy_in_charge"],
            "非档案管理人员须经领导同意方可进入档案库房",
            "a leader must consent to entry",
            cites=["wenshan-hrss:48:3.3"],
            trace=["待同意"],
        )
    if t == "inventory":
        last = day(facts, "last_inventory")
        if last is None:
            return warn(
                ctx,
                "无库存核对记录，须每半年核对 1 次",
                "no inventory on record",
                cites=["wenshan-hrss:48:3.4"],
                trace=["无记录"],
            )
        m: int = ctx.param("secret.archive.inventory_months")
        due = add_months_clamped(last, m)
        dl = plain_deadline(due, "下次库存核对期限", "next inventory due", [f"{iso(last)} + {m} 个月"])
        return timed(
            ctx,
            dl,
            day(facts, "done_on"),
            today(facts, ctx),
            "核对库存档案",
            "inventory",
            late=WARNING,
            cites=["wenshan-hrss:48:3.4"],
            extra=pc(ctx, "secret.archive.inventory_months"),
        )
    return None
