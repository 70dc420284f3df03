"""Small building blocks shared by the apps (not a Django app: no models of its own, only abstract ones).

- ``zhidu.common.versioning``: optimistic concurrency for records people act on (``Versioned``,
  ``update_if_unchanged``, ``delete_if_unchanged``, ``create_once``); a lost race raises
  ``zhidu.core.errors.Conflict`` (HTTP 409).
"""
