"""Automatic capture: every save and delete of a model of the ``zhidu.*`` apps becomes a ledger entry
with the row before and after (FKs as ids, dates as ISO text, secrets redacted).

A model says which log it belongs to with ``ledger_category = "system"`` / ``"security"`` (default
``"business"``), adds fields to redact with ``ledger_redact = ("field", ...)``, and opts out with
``ledger_capture = False`` (only for rows whose writes are recorded otherwise). Not captured: the
ledger's own tables; Django's tables (sessions, content types, migrations, admin log, auth groups and
permissions); the rulebook's text (``rulebook.System``, ``Clause``, ``WorkItem``), which only the seed
import writes and which it records as one summary entry per import (agency, seed SHA-256, counts).

Saves outside a transaction (autocommit) are recorded right after the row is written, in their own
transaction; inside ``transaction.atomic`` (every request: ``ATOMIC_REQUESTS``; every service
function) the entry commits or rolls back with the change. Deletes always share the delete's
transaction (Django wraps a delete and its signals in one).
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from zhidu.core.ledger import jsonable

REDACTED = "[已隐去 / redacted]"
_SECRET_PARTS = ("secret", "token", "totp", "otp_key", "private_key", "api_key")
UNCAPTURED = frozenset({"rulebook.System", "rulebook.Clause", "rulebook.WorkItem"})
_BEFORE = "_ledger_before"


def is_secret(name: str, model: type[models.Model] | None = None) -> bool:
    n = name.lower()
    if n in ("password", "password_hash") or any(part in n for part in _SECRET_PARTS):
        return True
    return model is not None and name in getattr(model, "ledger_redact", ())


def snapshot(instance: models.Model) -> dict[str, Any]:
    """The row's concrete fields, FKs as ids (``agency_id``), as JSON data; secrets included."""
    return {f.attname: jsonable(getattr(instance, f.attname)) for f in instance._meta.concrete_fields}


def redact(row: dict[str, Any] | None, model: type[models.Model]) -> dict[str, Any] | None:
    if row is None:
        return None
    return {k: (REDACTED if is_secret(k, model) and v not in (None, "") else v) for k, v in row.items()}


def category_of(model: type[models.Model]) -> str:
    return str(getattr(model, "ledger_category", "business"))


def captured(model: type[models.Model]) -> bool:
    meta = model._meta
    if meta.auto_created:
        return False
    if meta.proxy and meta.concrete_model is not None and meta.concrete_model is not model:
        return captured(meta.concrete_model) and getattr(model, "ledger_capture", True)
    app = meta.app_config
    if app is None or not app.name.startswith("zhidu.") or app.label == "ledger":
        return False
    return meta.label not in UNCAPTURED and getattr(model, "ledger_capture", True)


def _on(using: str | None) -> bool:
    from .service import capturing, in_maintenance

    return capturing() and not in_maintenance()


def _pre_save(
    sender: type[models.Model], instance: models.Model, raw: bool = False, using: str | None = None, **kw: Any
) -> None:
    if raw or not _on(using):
        return
    before = None
    if instance.pk is not None and not instance._state.adding:
        old = sender._base_manager.using(using).filter(pk=instance.pk).first()
        before = None if old is None else snapshot(old)
    instance.__dict__[_BEFORE] = before


def _post_save(
    sender: type[models.Model],
    instance: models.Model,
    created: bool = False,
    raw: bool = False,
    using: str | None = None,
    **kw: Any,
) -> None:
    if raw or not _on(using):
        return
    from .service import record

    before = instance.__dict__.pop(_BEFORE, None)
    after = snapshot(instance)
    if created or before is None:
        action, changed = "create", []
        before = None
    else:
        changed = sorted(k for k in after if before.get(k) != after[k])
        if not changed:
            return  # saved as it was: nothing to record
        action = "update"
    record(
        action,
        category=category_of(sender),
        obj=instance,
        before=redact(before, sender),
        after=redact(after, sender),
        meta={"changed": changed} if changed else None,
        using=using,
    )


def _post_delete(sender: type[models.Model], instance: models.Model, using: str | None = None, **kw: Any) -> None:
    if not _on(using):
        return
    from .service import record

    record(
        "delete",
        category=category_of(sender),
        obj=instance,
        before=redact(snapshot(instance), sender),
        after=None,
        using=using,
    )


def _m2m_changed(
    sender: type[models.Model],
    instance: models.Model,
    action: str,
    reverse: bool,
    model: type[models.Model],
    pk_set: set[Any] | None,
    using: str | None = None,
    **kw: Any,
) -> None:
    if not action.startswith("post_") or not _on(using):
        return
    owner = type(instance)
    if not captured(owner):
        return
    from .service import record

    field = next(
        (
            f.name
            for f in owner._meta.get_fields()
            if getattr(f, "remote_field", None) and getattr(f.remote_field, "through", None) is sender
        ),
        sender._meta.model_name,
    )
    change = {"field": field, "model": model._meta.label, action.removeprefix("post_"): sorted(pk_set or [])}
    record(
        f"m2m.{action.removeprefix('post_')}",
        category=category_of(owner),
        obj=instance,
        after=change,
        using=using,
    )


def connect() -> None:
    """Connect the receivers to every captured model (called from ``LedgerConfig.ready``)."""
    for model in apps.get_models():
        if not captured(model):
            continue
        uid = f"zhidu.ledger:{model._meta.label}"
        pre_save.connect(_pre_save, sender=model, dispatch_uid=uid + ":pre_save")
        post_save.connect(_post_save, sender=model, dispatch_uid=uid + ":post_save")
        post_delete.connect(_post_delete, sender=model, dispatch_uid=uid + ":post_delete")
        for f in model._meta.local_many_to_many:
            through = f.remote_field.through
            m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"{uid}:{f.name}:m2m")
