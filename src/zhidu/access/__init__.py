"""Permissions: who may do what, on which objects (issue 4, items 3–4; docs/permissions.md).

The one table is ``zhidu.access.policy.POLICY``: (resource, action) → the roles allowed and their scope
(any / own_agency / own_section / in_charge / own_record / self). ``AccessMiddleware`` refuses every
view and API endpoint that does not declare its (resource, action), and the permission matrix test
(tests/access/test_matrix.py) fails naming it.

How to tag a new view or endpoint
---------------------------------
1. Pick or add the (resource, action) in ``zhidu/access/policy.py``: a ``Resource`` in ``RESOURCES``
   (map every model of your app into one, with where it keeps its agency, section and owner), an
   ``Action`` in ``ACTIONS`` if new, and the rules in ``POLICY``. Then ``zhidu access docs`` rewrites
   docs/permissions.md (a test checks it is current).
2. Declare it on the view — django-ninja (below the route decorator) or Django alike::

       from zhidu.access import requires

       @router.get("/entries", response=...)
       @requires("ledger_entry", "read")
       def entries(request): ...

       @requires("rulebook", "read")
       def page(request, slug): ...

   For a view you cannot decorate (a class-based or third-party view), wrap it where it is routed:
   ``path("login/", requires("session", "sign_in")(LoginView.as_view()), ...)``.
   The middleware then answers 401 (API; the web redirects to the login page) to people not signed in
   and 403 to roles the table does not let in, before the view runs.
3. Objects: the declaration is checked at the role level only. Inside the view, narrow lists with
   ``scoped(request, resource, queryset, action="read")``; get one object with
   ``fetch(request, action, resource, queryset, pk=...)``, which answers a missing object and another
   agency's alike (``Denied`` 404, "找不到该资源") and one of the user's agency outside their scope with 403;
   check an object obtained otherwise with ``authorize(request, action, resource, obj)``. Outside a
   request: ``policy.can(user, action, resource, obj, on)`` → ``Decision``.
4. Add a sample request for the endpoint to ``tests/access/samples.py`` (the matrix test makes it as
   every role, against own/other section and agency, and fails for an endpoint without one).

Deny codes: 401 not signed in (API), 403 signed in but not allowed, 404 another agency's object.
"""

from __future__ import annotations

from .decorators import authorize, fetch, requires, scoped
from .errors import Denied

__all__ = ["Denied", "authorize", "fetch", "requires", "scoped"]
