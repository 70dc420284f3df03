"""Sample requests for the meetings API (zhidu.meetings.api), merged into ``samples.SAMPLES``.

Each object request builds a real meeting (and, where the endpoint needs one, an item, minutes or a
decision) lying where the variant says: its agency and section, created (owned) by the user the variant
names. Allowed requests answer 200/201, or 422 where the meeting's own rules refuse the step (a matrix
account is no member of the body, the meeting is not yet held …): the permission table let them through.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from .samples import AGENCY_VARIANTS, OK, RECORD_VARIANTS, Req, Sample, get
from .world import World

OK_OR_REFUSED = (*OK, 422)
API = "/api/v1/meetings"


def _meeting(w: World, v: str) -> Any:
    from zhidu.meetings import service
    from zhidu.meetings.models import Meeting

    agency, section_id, owner = w.place(v)
    body = service.body(agency, "party_group")
    return Meeting.objects.create(
        agency=agency,
        body=body,
        number="矩阵",
        date=dt.date.today() + dt.timedelta(days=30),
        section_id=section_id,
        created_by=owner,
    )


def _item(w: World, v: str) -> Any:
    from zhidu.meetings.models import Item

    m = _meeting(w, v)
    _, section_id, owner = w.place(v)
    return Item.objects.create(
        agency=m.agency,
        meeting=m,
        title="矩阵议题",
        kind="general",
        section_id=section_id,
        proposer=owner,
        submitted_on=dt.date.today(),
    )


def _minutes(w: World, v: str) -> Any:
    from zhidu.meetings.models import Minutes

    return Minutes.objects.create(meeting=_meeting(w, v), docx=b"", pdf=b"", docx_sha256="", pdf_sha256="")


def _decision(w: World, v: str) -> Any:
    from zhidu.meetings.models import Decision

    it = _item(w, v)
    return Decision.objects.create(
        agency=it.agency,
        item=it,
        body=it.meeting.body,
        text="矩阵决定",
        decided_on=dt.date.today(),
        section_id=it.section_id,
    )


def _material(w: World, v: str) -> Any:
    from zhidu.meetings.models import Material

    return Material.objects.create(
        item=_item(w, v), name="a.txt", content_type="text/plain", size=1, sha256="0" * 64, data=b"a"
    )


_PEOPLE = itertools.count(1)


def _member_person(w: World, v: str) -> Any:
    """A new person of the variant's agency, no member of any body (names are unique within an agency)."""
    from zhidu.org.models import Person

    agency, _, _ = w.place(v)
    return Person.objects.create(agency=agency, name=f"矩阵成员{next(_PEOPLE)}", demo=True)


def _body_member(w: World, v: str) -> Any:
    """A member of the variant's agency's 党组会议 entered by hand (since 2020, still a member)."""
    from zhidu.meetings import service
    from zhidu.meetings.models import BodyMember

    p = _member_person(w, v)
    return BodyMember.objects.create(
        body=service.body(p.agency, "party_group"), person=p, valid_from=dt.date(2020, 1, 1)
    )


def _enter_member(w: World, v: str) -> Req:
    p = _member_person(w, v)
    since = dt.date.today().isoformat()
    return Req("POST", f"{API}/bodies/{p.agency.slug}/party_group/members", {"person_id": p.pk, "since": since})


def _on(make: Callable[[World, str], Any], method: str, path: str, body: dict[str, Any] | None = None) -> Callable:
    return lambda w, v: Req(method, f"{API}{path.format(id=make(w, v).pk)}", body)


def _agency_path(path: str, method: str = "GET", body: dict[str, Any] | None = None) -> Callable:
    def build(w: World, v: str) -> Req:
        slug = w.agency("other" if v == "other_agency" else "own").slug
        b = {**body, "agency": slug} if body is not None and "agency" in body else body
        return Req(method, f"{API}{path.format(slug=slug)}", b)

    return build


def _rec(make: Callable, method: str, path: str, body: dict[str, Any] | None = None) -> Sample:
    return Sample(_on(make, method, path, body), RECORD_VARIANTS, OK_OR_REFUSED)


MEETINGS_API: dict[str, Sample] = {
    f"GET {API}/bodies/<slug>": Sample(_agency_path("/bodies/{slug}"), AGENCY_VARIANTS),
    f"GET {API}/cadence/<slug>": Sample(_agency_path("/cadence/{slug}"), AGENCY_VARIANTS),
    f"GET {API}/bodies/<slug>/<key>/members": Sample(
        _agency_path("/bodies/{slug}/party_group/members"), AGENCY_VARIANTS
    ),
    f"POST {API}/bodies/<slug>/<key>/members": Sample(_enter_member, AGENCY_VARIANTS, OK_OR_REFUSED),
    f"POST {API}/body-members/<member_id>/end": Sample(
        _on(_body_member, "POST", "/body-members/{id}/end", {"until": dt.date.today().isoformat()}),
        AGENCY_VARIANTS,
        OK_OR_REFUSED,
    ),
    f"POST {API}/classify/<slug>": Sample(
        lambda w, v: Req("POST", f"{API}/classify/tongyu-hrss", {"kind": "cadre_appointment"})
    ),
    f"GET {API}/meetings": get(f"{API}/meetings"),
    f"POST {API}/meetings": Sample(
        _agency_path(
            "/meetings",
            "POST",
            {"agency": "", "body": "party_group", "date": (dt.date.today() + dt.timedelta(days=40)).isoformat()},
        ),
        AGENCY_VARIANTS,
        OK_OR_REFUSED,
    ),
    f"GET {API}/meetings/<meeting_id>": _rec(_meeting, "GET", "/meetings/{id}"),
    f"POST {API}/meetings/<meeting_id>/items": _rec(
        _meeting, "POST", "/meetings/{id}/items", {"title": "矩阵议题", "kind": "general"}
    ),
    f"POST {API}/meetings/<meeting_id>/notice": _rec(_meeting, "POST", "/meetings/{id}/notice", {}),
    f"POST {API}/meetings/<meeting_id>/attendees": _rec(
        _meeting, "POST", "/meetings/{id}/attendees", {"person": "孙八", "attendee_role": "office_head"}
    ),
    f"POST {API}/meetings/<meeting_id>/attendance": _rec(
        _meeting, "POST", "/meetings/{id}/attendance", {"person": "李四", "status": "present"}
    ),
    f"POST {API}/meetings/<meeting_id>/convene": _rec(_meeting, "POST", "/meetings/{id}/convene", {}),
    f"POST {API}/meetings/<meeting_id>/minutes": _rec(_meeting, "POST", "/meetings/{id}/minutes", {}),
    f"GET {API}/items/<item_id>": _rec(_item, "GET", "/items/{id}"),
    f"POST {API}/items/<item_id>/list": _rec(_item, "POST", "/items/{id}/list", {}),
    f"POST {API}/items/<item_id>/withdraw": _rec(_item, "POST", "/items/{id}/withdraw", {"reason": "矩阵"}),
    f"POST {API}/items/<item_id>/materials": _rec(
        _item, "POST", "/items/{id}/materials", {"name": "a.txt", "data_base64": "YQ=="}
    ),
    f"GET {API}/materials/<material_id>": _rec(_material, "GET", "/materials/{id}"),
    f"POST {API}/items/<item_id>/take-up": _rec(_item, "POST", "/items/{id}/take-up", {}),
    f"POST {API}/items/<item_id>/recusals": _rec(
        _item, "POST", "/items/{id}/recusals", {"person": "李四", "grounds": ["self"]}
    ),
    f"POST {API}/items/<item_id>/statements": _rec(
        _item, "POST", "/items/{id}/statements", {"person": "李四", "position": "for"}
    ),
    f"POST {API}/items/<item_id>/votes": _rec(_item, "POST", "/items/{id}/votes", {"person": "李四", "choice": "for"}),
    f"POST {API}/items/<item_id>/close": _rec(_item, "POST", "/items/{id}/close", {}),
    f"GET {API}/minutes/<minutes_id>": _rec(_minutes, "GET", "/minutes/{id}"),
    f"PATCH {API}/minutes/<minutes_id>": _rec(_minutes, "PATCH", "/minutes/{id}", {"notes": "矩阵"}),
    f"POST {API}/minutes/<minutes_id>/sign": _rec(_minutes, "POST", "/minutes/{id}/sign", {"person": "李四"}),
    f"POST {API}/minutes/<minutes_id>/file": _rec(_minutes, "POST", "/minutes/{id}/file", {}),
    f"GET {API}/minutes/<minutes_id>/download": _rec(_minutes, "GET", "/minutes/{id}/download?format=pdf"),
    f"GET {API}/decisions": get(f"{API}/decisions"),
    f"GET {API}/decisions/<decision_id>": _rec(_decision, "GET", "/decisions/{id}"),
    f"POST {API}/decisions/<decision_id>/change": _rec(
        _decision, "POST", "/decisions/{id}/change", {"text": "矩阵变更"}
    ),
    f"POST {API}/decisions/<decision_id>/report": _rec(
        _decision, "POST", "/decisions/{id}/report", {"person": "李四", "text": "已落实"}
    ),
}
