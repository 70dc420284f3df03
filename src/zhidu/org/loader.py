"""Sync ``agencies/<slug>/org.yaml`` into the database, idempotently.

The YAML is read and anchored by :mod:`zhidu.core.org` (a cited clause that is missing or no longer
contains its quote fails loading, nothing is written). Rows from the file are ``managed``: the loader
creates what is missing, updates what changed, deletes managed rows the file no longer has, and leaves
rows entered by hand alone. Loading the same file twice writes nothing the second time. The demo accounts
(``<slug>.<role>``, zhidu.accounts.demo) are linked to the person the file names for that role, when both
exist and neither is linked yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models, transaction

from zhidu.agencies.models import Agency
from zhidu.core import org as core
from zhidu.core.errors import NotFound

from .models import Acting, Holding, InCharge, Person, Section


@dataclass
class LoadResult:
    slug: str
    created: int = 0
    updated: int = 0
    deleted: int = 0
    linked: list[str] = field(default_factory=list)  # demo usernames linked to a person this time

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.linked)

    def line(self) -> str:
        if not self.changed:
            return f"{self.slug}: 组织数据无变化 / org data unchanged"
        return (
            f"{self.slug}: 组织数据 新增 {self.created}、更新 {self.updated}、删除 {self.deleted}、"
            f"关联账号 {len(self.linked)}"
            f" / org data: {self.created} created, {self.updated} updated, {self.deleted} deleted,"
            f" {len(self.linked)} accounts linked"
        )


def _upsert(
    model: type[models.Model], existing: dict[Any, Any], key: Any, values: dict[str, Any], result: LoadResult
) -> Any:
    """Create the row or update only the fields that differ; return it."""
    row = existing.pop(key, None)
    if row is None:
        row = model.objects.create(**values)
        result.created += 1
        return row
    changed = [f for f, v in values.items() if getattr(row, f) != v]
    if changed:
        for f in changed:
            setattr(row, f, values[f])
        row.save(update_fields=changed)
        result.updated += 1
    return row


def _dated(item: Any, **values: Any) -> dict[str, Any]:
    """The row values of a dated item of the file (``start``, ``end``): ``values`` and its dates, managed."""
    return {**values, "valid_from": item.start, "valid_to": item.end, "managed": True}


def _sync(
    model: type[models.Model],
    agency: Agency,
    key_fields: tuple[str, ...],
    rows: Iterable[dict[str, Any]],
    result: LoadResult,
) -> dict[Any, Any]:
    """Upsert the file's dated rows of ``model`` (a person's post, 分管 or acting arrangement), each keyed by
    ``key_fields`` of its values; return the agency's managed rows the file no longer has."""
    left = {
        tuple(getattr(row, f) for f in key_fields): row
        for row in model.objects.filter(person__agency=agency, managed=True)
    }
    for values in rows:
        _upsert(model, left, tuple(values[f] for f in key_fields), values, result)
    return left


def _delete(rows: dict[Any, Any], result: LoadResult) -> None:
    for row in rows.values():
        row.delete()
        result.deleted += 1


def _delete_or_release(rows: dict[Any, Any], result: LoadResult, *relations: str) -> None:
    """Delete rows the file dropped, unless something entered by hand still points at them: then they are
    released (no longer managed) and kept."""
    for row in rows.values():
        in_use = any(getattr(row, r).filter(managed=False).exists() for r in relations)
        if in_use or getattr(row, "user_id", None) is not None:
            row.managed = False
            row.save(update_fields=["managed"])
            result.updated += 1
        else:
            row.delete()
            result.deleted += 1


@transaction.atomic
def load_chart(chart: core.OrgChart) -> LoadResult:
    """Store one agency's org chart (already validated and anchored)."""
    agency = Agency.objects.filter(slug=chart.agency).first()
    if agency is None:
        raise NotFound(
            f"机构 {chart.agency} 尚未导入，请先导入其制度文本（zhidu rulebook import）",
            f"agency {chart.agency} is not imported yet: import its rulebook first (zhidu rulebook import)",
            "agency",
        )
    result = LoadResult(chart.agency)

    # sections: by key; a hand-made row with the same key or name is adopted
    sections_left = {s.key: s for s in Section.objects.filter(agency=agency, managed=True)}
    by_key: dict[str, Section] = {}
    for s in chart.sections:
        if s.key not in sections_left:
            hand = Section.objects.filter(agency=agency, managed=False).filter(
                models.Q(key=s.key) | models.Q(name=s.name)
            )
            for row in hand[:1]:
                sections_left[s.key] = row
        values = {
            "agency_id": agency.id,
            "key": s.key,
            "name": s.name,
            "kind": s.kind,
            "order": s.order,
            "aliases": list(s.aliases),
            "areas": list(s.areas),
            "cite": s.source.cite,
            "quote": s.source.quote[:200],
            "managed": True,
        }
        by_key[s.key] = _upsert(Section, sections_left, s.key, values, result)

    people_left = {p.name: p for p in Person.objects.filter(agency=agency, managed=True)}
    by_name: dict[str, Person] = {}
    for p in chart.people:
        if p.name not in people_left:
            for row in Person.objects.filter(agency=agency, managed=False, name=p.name)[:1]:
                people_left[p.name] = row
        values = {"agency_id": agency.id, "name": p.name, "demo": p.demo, "managed": True}
        by_name[p.name] = _upsert(Person, people_left, p.name, values, result)

    def sec_id(key: str | None) -> int | None:
        return by_key[key].id if key else None

    holdings_left = _sync(
        Holding,
        agency,
        ("person_id", "role", "section_id", "valid_from"),
        (_dated(h, person_id=by_name[h.person].id, role=h.role, section_id=sec_id(h.section)) for h in chart.holdings),
        result,
    )
    charge_left = _sync(
        InCharge,
        agency,
        ("person_id", "section_id", "area", "valid_from"),
        (
            _dated(c, person_id=by_name[c.person].id, section_id=sec_id(c.section), area=c.area or "")
            for c in chart.in_charge
        ),
        result,
    )
    acting_left = _sync(
        Acting,
        agency,
        ("person_id", "for_role", "for_person_id", "valid_from"),
        (
            _dated(
                a,
                person_id=by_name[a.person].id,
                for_role=a.for_role or "",
                for_person_id=by_name[a.for_person].id if a.for_person else None,
                areas=list(a.areas),
                reason=a.reason[:200],
                cite=a.source.cite,
                quote=a.source.quote[:200],
            )
            for a in chart.acting
        ),
        result,
    )

    # what the file no longer has: dated rows first, then the people and sections they pointed to
    _delete(acting_left, result)
    _delete(charge_left, result)
    _delete(holdings_left, result)
    _delete_or_release(people_left, result, "holdings", "in_charge", "acting", "stood_in_for")
    _delete_or_release(sections_left, result, "holdings", "in_charge")

    result.linked = _link_accounts(chart, by_name)
    return result


def _link_accounts(chart: core.OrgChart, by_name: dict[str, Person]) -> list[str]:
    """Link demo account ``<slug>.<role>`` to the person the file names for that role (once)."""
    User = get_user_model()
    wanted = {f"{chart.agency}.{role}": name for role, name in chart.accounts.items()}
    users = {u.username: u for u in User.objects.filter(username__in=wanted)}
    taken = set(Person.objects.filter(user__in=users.values()).values_list("user_id", flat=True))
    linked = []
    for username, name in sorted(wanted.items()):
        user, person = users.get(username), by_name.get(name)
        if user is None or person is None or person.user_id is not None or user.pk in taken:
            continue
        person.user = user
        person.save(update_fields=["user"])
        taken.add(user.pk)
        linked.append(username)
    return linked


def load_shipped(slug: str | None = None) -> list[LoadResult]:
    """Load the shipped org.yaml of every imported agency (or of one)."""
    charts = core.shipped()
    if slug is not None:
        return [load_chart(core.chart_for(slug))]
    present = set(Agency.objects.values_list("slug", flat=True))
    return [load_chart(c) for s, c in sorted(charts.items()) if s in present]
