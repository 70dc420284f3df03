"""Sign-in pages: password, then the second factor where the user has one or their agency requires
it, enrolment of an authenticator, password change, sign-out.

Between the password and the second factor the user is *not* signed in: the session holds only the
pending sign-in (``PENDING``: user id, when, where to go next), for ``SIGNIN_SECOND_STEP_MINUTES``.
Every page and the API therefore still treat the session as anonymous; a user whose agency requires a
second factor and who has none can only reach the enrolment page until it is done.
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model, login, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

from . import events, lockout, totp
from .backends import failed
from .forms import WRONG_CODE, CodeForm, PasswordChangeForm, SignInForm
from .models import SignInAttempt, User

PENDING = "zhidu_signin_pending"
NEW_SECRET = "zhidu_totp_new"
NOTICE = "zhidu_notice"

NOTICES = {
    "idle": (
        "您已长时间未操作，会话已结束，请重新登录。",
        "Your session ended after a period of inactivity; please sign in again.",
    ),
    "expired": (
        "登录步骤已超时，请重新输入用户名和密码。",
        "The sign-in step timed out; please enter your username and password again.",
    ),
    "signed_out": ("您已退出。", "You have signed out."),
}

CANNOT_REMOVE = (
    "本机构要求双因素登录，不能停用动态口令；更换验证器请联系安全保密管理员。",
    "Your agency requires a second factor: it cannot be turned off. "
    "To replace your authenticator, ask the security administrator.",
)


def requires_enrolment(user: User) -> bool:
    agency = user.agency
    return bool(agency is not None and agency.require_2fa)


# --- the pending sign-in --------------------------------------------------------------------------


def _start_pending(request: HttpRequest, user: User, next_url: str, *, enrol: bool) -> None:
    request.session.cycle_key()  # a new session key once the password is right (no fixation)
    request.session[PENDING] = {
        "uid": user.pk,
        "at": time.time(),
        "next": next_url,
        "enrol": enrol,
        "backend": getattr(user, "backend", settings.AUTHENTICATION_BACKENDS[0]),
    }


def _pending(request: HttpRequest) -> tuple[User, dict[str, Any]] | None:
    """The user half-way through signing in, if the step has not timed out."""
    pending = request.session.get(PENDING)
    if not isinstance(pending, dict):
        return None
    age = timezone.now().timestamp() - float(pending.get("at", 0))
    user = get_user_model()._default_manager.select_related("agency").filter(pk=pending.get("uid")).first()
    if age > settings.SIGNIN_SECOND_STEP_MINUTES * 60 or user is None or not user.is_active:
        _clear_pending(request)
        request.session[NOTICE] = "expired"
        return None
    return user, pending


def _clear_pending(request: HttpRequest) -> None:
    request.session.pop(PENDING, None)
    request.session.pop(NEW_SECRET, None)


def _finish(request: HttpRequest, user: User, pending: dict[str, Any]) -> HttpResponse:
    """Both factors given: open the session."""
    _clear_pending(request)
    request.zhidu_second_factor = True  # type: ignore[attr-defined]
    login(request, user, backend=pending.get("backend"))
    return HttpResponseRedirect(pending.get("next") or settings.LOGIN_REDIRECT_URL)


def _to_login() -> HttpResponse:
    return HttpResponseRedirect(reverse("accounts:login"))


def _refuse_locked(request: HttpRequest, user: User, lock: lockout.LockState) -> HttpResponse:
    _clear_pending(request)
    zh, en = lockout.message(lock)
    return render(request, "accounts/verify.html", {"errors": [(zh, en)], "locked": True}, status=403)


# --- pages ----------------------------------------------------------------------------------------


class SignInView(auth_views.LoginView):
    """The password step. Users with an authenticator (or whose agency requires one) go on to the
    code step; the others are signed in."""

    template_name = "accounts/login.html"
    form_class = SignInForm

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        notice = self.request.session.pop(NOTICE, None)
        ctx["notice"] = NOTICES.get(notice) if isinstance(notice, str) else None
        return ctx

    def form_valid(self, form: SignInForm) -> HttpResponse:  # type: ignore[override]
        user = form.get_user()
        has_device = totp.device_of(user) is not None
        if has_device or requires_enrolment(user):
            _start_pending(self.request, user, self.get_success_url(), enrol=not has_device)
            return HttpResponseRedirect(reverse("accounts:verify" if has_device else "accounts:enrol"))
        return super().form_valid(form)


sign_in = SignInView.as_view()  # LoginView: csrf_protect, never_cache, sensitive_post_parameters, login_not_required


@login_not_required
@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The second step: a one-time code from the user's authenticator."""
    found = _pending(request)
    if found is None or found[1].get("enrol"):
        return _to_login()
    user, pending = found
    device = totp.device_of(user)
    if device is None:  # removed meanwhile by an administrator
        _clear_pending(request)
        return _to_login()
    address = lockout.client_address(request)
    form = CodeForm(request.POST if request.method == "POST" else None)
    errors: list[tuple[str, str]] = []
    if request.method == "POST":
        lock = lockout.state(user.username, address)
        if lock.locked:
            lockout.record(user.username, address, SignInAttempt.REFUSED_LOCKED)
            events.record("signin.refused_locked", obj=user, username=user.username, address=address)
            return _refuse_locked(request, user, lock)
        if form.is_valid() and totp.verify(device, form.cleaned_data["code"]):
            events.record("signin.2fa.success", actor=user, obj=user, username=user.username, address=address)
            return _finish(request, user, pending)
        lock = failed(request, user.username, address, SignInAttempt.CODE_FAILED, user)
        if lock.locked:
            return _refuse_locked(request, user, lock)
        errors = form.bilingual_errors or [WRONG_CODE]
        form = CodeForm()
    return render(request, "accounts/verify.html", {"form": form, "errors": errors})


@login_not_required
@never_cache
@sensitive_post_parameters("code")
@sensitive_variables("secret")
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator: scan (or type) the secret, then confirm it with a code; only then is it
    active. Reached signed in (from the menu) or, when the agency requires a second factor, right after
    the password."""
    required_step: dict[str, Any] | None = None
    if request.user.is_authenticated:
        user = request.user
    else:
        found = _pending(request)
        if found is None or not found[1].get("enrol"):
            return HttpResponseRedirect(f"{reverse('accounts:login')}?next={reverse('accounts:enrol')}")
        user, required_step = found
    assert isinstance(user, User)
    address = lockout.client_address(request)
    device = totp.device_of(user)
    errors: list[tuple[str, str]] = []
    done = request.session.pop(NOTICE, None) if request.method == "GET" else None

    if request.method == "POST" and request.POST.get("action") == "remove" and required_step is None:
        form = CodeForm(request.POST)
        if device is None:
            return HttpResponseRedirect(reverse("accounts:enrol"))
        if requires_enrolment(user):
            errors = [CANNOT_REMOVE]
        elif form.is_valid() and totp.verify(device, form.cleaned_data["code"]):
            device.delete()
            events.record("signin.2fa.removed", actor=user, obj=user, username=user.username, address=address)
            request.session[NOTICE] = "removed"
            return HttpResponseRedirect(reverse("accounts:enrol"))
        else:
            failed(request, user.username, address, SignInAttempt.CODE_FAILED, user)
            errors = form.bilingual_errors or [WRONG_CODE]
        return render(request, "accounts/enrol.html", {"device": device, "errors": errors, "form": CodeForm()})

    if device is not None and required_step is None:
        return render(request, "accounts/enrol.html", {"device": device, "form": CodeForm(), "done": done})

    secret = request.session.get(NEW_SECRET)
    if not isinstance(secret, str) or not secret:
        secret = request.session[NEW_SECRET] = totp.new_secret()
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_valid() and totp.enrol(user, secret, form.cleaned_data["code"]) is not None:
            request.session.pop(NEW_SECRET, None)
            events.record("signin.2fa.enrolled", actor=user, obj=user, username=user.username, address=address)
            if required_step is not None:
                events.record("signin.2fa.success", actor=user, obj=user, username=user.username, address=address)
                return _finish(request, user, required_step)
            request.session[NOTICE] = "enrolled"
            return HttpResponseRedirect(reverse("accounts:enrol"))
        errors = form.bilingual_errors or [WRONG_CODE]
        form = CodeForm()
    uri = totp.uri(secret, user)
    ctx = {
        "form": form,
        "errors": errors,
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "uri": uri,
        "qr": totp.qr_svg(uri),
        "required": required_step is not None,
        "done": done,
    }
    return render(request, "accounts/enrol.html", ctx)


@never_cache
@sensitive_post_parameters("old_password", "new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    """Change one's password; the new one must meet the policy (``passwords``)."""
    user = request.user
    form = PasswordChangeForm(user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, user)  # type: ignore[arg-type]
        address = lockout.client_address(request)
        events.record("signin.password_changed", actor=user, obj=user, username=user.get_username(), address=address)
        return render(request, "accounts/password.html", {"form": PasswordChangeForm(user), "changed": True})
    return render(request, "accounts/password.html", {"form": form, "errors": getattr(form, "bilingual_errors", [])})


class SignOutView(auth_views.LogoutView):
    """Sign out (POST only, with the CSRF token); the login page then says so."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        request.session[NOTICE] = "signed_out"
        return response


sign_out = SignOutView.as_view()


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its CSRF token (or with a stale one): 403, said in both languages
    (``CSRF_FAILURE_VIEW``)."""
    return render(request, "accounts/csrf_failure.html", {}, status=403)
