"""Sample requests for the meetings pages (zhidu.meetings.views), merged into ``samples.SAMPLES``.

Object pages use the meetings API's builders (``samples_meetings``): a real meeting (item, minutes, paper or
decision) lying where the variant says, its URL under the object's own agency slug. Allowed requests answer
200 (pages), 302 (a step done, back to the page) or 422 where the meeting's own rules refuse the step (a
matrix account is no member of the body, the meeting is not yet held …): the permission table let them
through. The agency's meetings list is asked of the own agency only: every member of the agency may open it
(``org read``), while the meetings it lists are narrowed to each one's scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .samples import AGENCY_VARIANTS, RECORD_VARIANTS, Req, Sample, get
from .samples_meetings import _body_member, _decision, _item, _material, _meeting, _member_person, _minutes
from .world import A_SLUG, World

PAGE_OK = (200, 302)
PAGE_OK_OR_REFUSED = (200, 302, 422)
PAGES = "/a/{slug}/meetings"


def _page(
    make: Callable[[World, str], Any],
    slug_of: Callable[[Any], str],
    method: str,
    path: str,
    body: dict[str, Any] | None = None,
) -> Callable[[World, str], Req]:
    def build(w: World, v: str) -> Req:
        obj = make(w, v)
        return Req(method, (PAGES + path).format(slug=slug_of(obj), id=obj.pk), body)

    return build


def _rec(
    make: Callable[[World, str], Any],
    slug_of: Callable[[Any], str],
    method: str,
    path: str,
    body: dict[str, Any] | None = None,
    ok: tuple[int, ...] = PAGE_OK_OR_REFUSED,
) -> Sample:
    return Sample(_page(make, slug_of, method, path, body), RECORD_VARIANTS, ok)


def _own(obj: Any) -> str:
    return str(obj.agency.slug)


def _of_meeting(obj: Any) -> str:
    return str(obj.meeting.agency.slug)


def _of_item(obj: Any) -> str:
    return str(obj.item.agency.slug)


def _plan(w: World, v: str) -> Req:
    slug = w.agency("other" if v == "other_agency" else "own").slug
    day = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    return Req("POST", f"/a/{slug}/meetings/new/", {"body": "party_group", "date": day, "place": "矩阵"})


def _members_page(w: World, v: str) -> Req:
    slug = w.agency("other" if v == "other_agency" else "own").slug
    return Req("GET", f"/a/{slug}/meetings/bodies/party_group/members/")


def _member_add(w: World, v: str) -> Req:
    p = _member_person(w, v)
    body = {"person": str(p.pk), "since": dt.date.today().isoformat()}
    return Req("POST", f"/a/{p.agency.slug}/meetings/bodies/party_group/members/add/", body)


def _member_end(w: World, v: str) -> Req:
    row = _body_member(w, v)
    url = f"/a/{row.body.agency.slug}/meetings/bodies/party_group/members/{row.pk}/end/"
    return Req("POST", url, {"until": dt.date.today().isoformat()})


MEETING_PAGES: dict[str, Sample] = {
    "/meetings/ [meetings:mine]": get("/meetings/"),
    "/a/<slug:slug>/meetings/ [meetings:index]": get(f"/a/{A_SLUG}/meetings/"),
    "/a/<slug:slug>/meetings/new/ [meetings:plan]": Sample(_plan, AGENCY_VARIANTS, PAGE_OK_OR_REFUSED),
    "/a/<slug:slug>/meetings/classify/ [meetings:classify]": get(
        f"/a/{A_SLUG}/meetings/classify/?kind=cadre_appointment"
    ),
    "/a/<slug:slug>/meetings/bodies/<slug:key>/members/ [meetings:members]": Sample(
        _members_page, AGENCY_VARIANTS, PAGE_OK
    ),
    "/a/<slug:slug>/meetings/bodies/<slug:key>/members/add/ [meetings:member_add]": Sample(
        _member_add, AGENCY_VARIANTS, PAGE_OK_OR_REFUSED
    ),
    "/a/<slug:slug>/meetings/bodies/<slug:key>/members/<int:pk>/end/ [meetings:member_end]": Sample(
        _member_end, AGENCY_VARIANTS, PAGE_OK_OR_REFUSED
    ),
    "/a/<slug:slug>/meetings/<int:pk>/ [meetings:meeting]": _rec(_meeting, _own, "GET", "/{id}/", ok=PAGE_OK),
    "/a/<slug:slug>/meetings/<int:pk>/items/ [meetings:propose]": _rec(
        _meeting, _own, "POST", "/{id}/items/", {"title": "矩阵议题", "kind": "cadre_appointment"}
    ),
    "/a/<slug:slug>/meetings/<int:pk>/notice/ [meetings:notice]": _rec(
        _meeting, _own, "POST", "/{id}/notice/", {"in_writing": "on"}
    ),
    "/a/<slug:slug>/meetings/<int:pk>/attendees/ [meetings:attendee]": _rec(
        _meeting, _own, "POST", "/{id}/attendees/", {"person": "孙八", "attendee_role": "office_head"}
    ),
    "/a/<slug:slug>/meetings/<int:pk>/attendance/ [meetings:attendance]": _rec(
        _meeting, _own, "POST", "/{id}/attendance/", {"person": "李四", "status": "present"}
    ),
    "/a/<slug:slug>/meetings/<int:pk>/convene/ [meetings:convene]": _rec(_meeting, _own, "POST", "/{id}/convene/", {}),
    "/a/<slug:slug>/meetings/<int:pk>/minutes/ [meetings:minutes]": _rec(
        _meeting, _own, "POST", "/{id}/minutes/", {"notes": "矩阵"}
    ),
    "/a/<slug:slug>/meetings/minutes/<int:pk>/sign/ [meetings:minutes_sign]": _rec(
        _minutes, _of_meeting, "POST", "/minutes/{id}/sign/", {"person": "李四"}
    ),
    "/a/<slug:slug>/meetings/minutes/<int:pk>/file/ [meetings:minutes_file]": _rec(
        _minutes, _of_meeting, "POST", "/minutes/{id}/file/", {}
    ),
    "/a/<slug:slug>/meetings/minutes/<int:pk>.<str:fmt> [meetings:minutes_download]": _rec(
        _minutes, _of_meeting, "GET", "/minutes/{id}.pdf", ok=PAGE_OK
    ),
    "/a/<slug:slug>/meetings/materials/<int:pk>/ [meetings:material]": _rec(
        _material, _of_item, "GET", "/materials/{id}/", ok=PAGE_OK
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/ [meetings:item]": _rec(_item, _own, "GET", "/items/{id}/", ok=PAGE_OK),
    "/a/<slug:slug>/meetings/items/<int:pk>/live/ [meetings:item_live]": _rec(
        _item, _own, "GET", "/items/{id}/live/", ok=PAGE_OK
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/list/ [meetings:item_list]": _rec(
        _item, _own, "POST", "/items/{id}/list/", {}
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/withdraw/ [meetings:item_withdraw]": _rec(
        _item, _own, "POST", "/items/{id}/withdraw/", {"reason": "矩阵"}
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/take-up/ [meetings:take_up]": _rec(
        _item, _own, "POST", "/items/{id}/take-up/", {}
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/recuse/ [meetings:recuse]": _rec(
        _item, _own, "POST", "/items/{id}/recuse/", {"person": "李四", "grounds": "self"}
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/state/ [meetings:state]": _rec(
        _item, _own, "POST", "/items/{id}/state/", {"person": "李四", "position": "for"}
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/vote/ [meetings:vote]": _rec(
        _item, _own, "POST", "/items/{id}/vote/", {"person": "李四", "choice": "for"}
    ),
    "/a/<slug:slug>/meetings/items/<int:pk>/close/ [meetings:close]": _rec(
        _item, _own, "POST", "/items/{id}/close/", {}
    ),
    "/a/<slug:slug>/meetings/decisions/<int:pk>/ [meetings:decision]": _rec(
        _decision, _own, "GET", "/decisions/{id}/", ok=PAGE_OK
    ),
    "/a/<slug:slug>/meetings/decisions/<int:pk>/report/ [meetings:report]": _rec(
        _decision, _own, "POST", "/decisions/{id}/report/", {"person": "李四", "text": "已落实"}
    ),
    "/a/<slug:slug>/meetings/decisions/<int:pk>/change/ [meetings:change]": _rec(
        _decision, _own, "POST", "/decisions/{id}/change/", {"text": "矩阵变更", "by": "individual"}
    ),
}
