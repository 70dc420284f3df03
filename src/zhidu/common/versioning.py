"""Optimistic concurrency for records people act on (issue 4 item 8).

Two people open the same item, both act: exactly one action is saved, the other is told
"该事项已被他人处理，请刷新后重试 / someone else has acted on this item; reload and try again"
(``zhidu.core.errors.Conflict``, HTTP 409 from the API, exit status 2 from the CLI) and nothing of it is
saved — not the row, not a ledger entry.

How to use it in a workflow::

    class Leave(Versioned):            # adds an integer ``version`` (1 when created)
        ...

    # the form / API body carries the version the person saw
    leave = update_if_unchanged(Leave, pk, expected_version=body.version,
                                changes={"state": "approved", "approver": user})
    # or, when the change needs the current row (a state machine, a check that may refuse):
    leave = update_if_unchanged(Leave, pk, expected_version=v, apply=lambda row: row.approve(user))
    delete_if_unchanged(Leave, pk, expected_version=v)
    row = create_once(Leave, key=..., defaults...)   # two people creating the same unique row

Why ``select_for_update`` and not ``UPDATE … WHERE version = v`` (``queryset.update``): the row is
locked, compared and then written with ``save()``, so the ledger's automatic capture (``post_save``
/ ``post_delete`` signals, same transaction) sees the change with its before/after like every other
write, and ``apply`` can run model logic on the current row. The second of two concurrent actions
waits on the row lock until the first commits, then reads the committed version and raises
``Conflict``; its transaction (ledger entry included) is rolled back. A bare ``queryset.update``
would be just as safe against lost updates but bypasses ``save()`` and its signals, so the ledger
would have to be written by hand at every call site. On SQLite ``select_for_update`` is a no-op;
SQLite lets one writer at a time, so the comparison inside the transaction is still decisive.

Every ``save()`` of an existing ``Versioned`` row also bumps ``version``, so even code that saves
without these functions makes the copies others hold stale.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from django.db import IntegrityError, models, transaction

from zhidu.core.errors import BadInput, Conflict


class Versioned(models.Model):
    """Abstract base: an integer ``version``, 1 when the row is created, +1 on every save."""

    version = models.PositiveIntegerField("版本 / version", default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            self.version = (self.version or 0) + 1
            update_fields = kwargs.get("update_fields")
            if update_fields is not None and "version" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "version"]
        super().save(*args, **kwargs)


V = TypeVar("V", bound=Versioned)


def _expected(expected_version: Any) -> int:
    if isinstance(expected_version, bool) or not isinstance(expected_version, int) or expected_version < 0:
        raise BadInput(
            f"版本号应为非负整数：{expected_version!r}",
            f"version must be a non-negative integer: {expected_version!r}",
            "version",
        )
    return expected_version


def lock_if_unchanged(model: type[V], pk: Any, expected_version: int) -> V:
    """The row, locked until the end of the current transaction, if its version is still
    ``expected_version``; ``Conflict`` if someone changed or deleted it meanwhile. Call inside
    ``transaction.atomic()``."""
    expected = _expected(expected_version)
    row = model._default_manager.select_for_update().filter(pk=pk).first()
    if row is None or row.version != expected:
        raise Conflict()
    return row


def update_if_unchanged(
    model: type[V],
    pk: Any,
    expected_version: int,
    changes: Mapping[str, Any] | None = None,
    apply: Callable[[V], None] | None = None,
) -> V:
    """Save ``changes`` (field → value) and/or ``apply(row)`` to row ``pk`` only if its version is
    still ``expected_version``; the saved row comes back with ``version`` one higher. ``Conflict``
    otherwise, and a ``BadInput`` raised by ``apply`` saves nothing either."""
    with transaction.atomic():
        row = lock_if_unchanged(model, pk, expected_version)
        for name, value in (changes or {}).items():
            setattr(row, name, value)
        if apply is not None:
            apply(row)
        row.save()
    return row


def delete_if_unchanged(model: type[V], pk: Any, expected_version: int) -> None:
    """Delete row ``pk`` only if its version is still ``expected_version``; ``Conflict`` otherwise."""
    with transaction.atomic():
        lock_if_unchanged(model, pk, expected_version).delete()


def create_once(model: type[V], **fields: Any) -> V:
    """Create a row whose unique fields someone else may be creating at the same moment: the second
    of two concurrent creations gets ``Conflict`` instead of an IntegrityError (the unique index
    decides; on PostgreSQL the second insert waits for the first to commit)."""
    try:
        with transaction.atomic():
            return model._default_manager.create(**fields)
    except IntegrityError:
        if any(model._default_manager.filter(**key).exists() for key in _unique_keys(model, fields)):
            raise Conflict() from None
        raise BadInput("数据不符合约束，未保存", "the data breaks a constraint; nothing was saved") from None


def _unique_keys(model: type[models.Model], fields: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The unique keys of ``model`` fully given in ``fields``, each as a filter."""
    opts = model._meta
    keys: list[tuple[str, ...]] = [(f.name,) for f in opts.fields if f.unique and not f.primary_key]
    keys += [tuple(t) for t in opts.unique_together]
    keys += [tuple(c.fields) for c in opts.constraints if isinstance(c, models.UniqueConstraint) and c.fields]
    return [{n: fields[n] for n in key} for key in keys if all(n in fields for n in key)]
