"""My to-do page (待办): open tasks by due day with the overdue ones first, my notices, and for leaders the
overdue tasks of what they oversee (督办)."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from zhidu.access import fetch, requires, scoped

from . import service
from .models import Notice


@requires("task", "read")
def todo(request: HttpRequest) -> HttpResponse:
    today = dt.date.today()
    tasks = list(service.tasks_for(request.user))
    late = [t for t in tasks if t.due and t.due < today]
    watched = [t for t in scoped(request, "task", service.overdue(on=today)) if t.assignee_id != request.user.pk]
    notices = Notice.objects.filter(user=request.user)[:50]
    return render(
        request,
        "workflow/todo.html",
        {
            "today": today,
            "late": late,
            "tasks": [t for t in tasks if t not in late],
            "done": service.tasks_for(request.user, status="done")[:20],
            "watched": watched[:200],
            "notices": notices,
        },
    )


@require_POST
@requires("notice", "update")
def read_notice(request: HttpRequest, notice_id: int) -> HttpResponse:
    n = service.mark_read(fetch(request, "update", "notice", Notice.objects.all(), pk=notice_id))
    return redirect(n.url or "workflow:todo")
