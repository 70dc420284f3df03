"""Settings shared by every environment. Override through environment variables (ZHIDU_*)."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]  # src/zhidu
VAR_DIR = Path(os.environ.get("ZHIDU_VAR_DIR", Path.cwd() / "var"))

SECRET_KEY = os.environ.get("ZHIDU_SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = os.environ.get("ZHIDU_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ZHIDU_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "zhidu.accounts",
    "zhidu.agencies",
    "zhidu.rulebook",
    "zhidu.workcalendar",
    "zhidu.org",
    "zhidu.ledger",
    "zhidu.access",
    "zhidu.workflow",
    "zhidu.meetings",
    "zhidu.approvals",
    "zhidu.fleet",
    "zhidu.seals",
    "zhidu.assets",
    "zhidu.attendance",
    "zhidu.web",
    "zhidu.api",
    "ninja",  # the API docs from ninja's own static files, not a CDN (the content security policy allows 'self' only)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "zhidu.common.middleware.ErrorMessageMiddleware",  # a bilingual message on bare 4xx answers (405 …)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "zhidu.ledger.middleware.LedgerContextMiddleware",  # who acts, from where: for the ledger's entries
    "zhidu.accounts.middleware.IdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "zhidu.accounts.middleware.SecurityHeadersMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "zhidu.access.middleware.AccessMiddleware",  # every view's declared (resource, action), checked before it runs
]

ROOT_URLCONF = "zhidu.urls"
WSGI_APPLICATION = "zhidu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    """SQLite by default; PostgreSQL when ZHIDU_DB=postgres (settings from ZHIDU_PG_*)."""
    if os.environ.get("ZHIDU_DB", "sqlite") == "postgres":
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.environ.get("ZHIDU_PG_NAME", "test"),
            "USER": os.environ.get("ZHIDU_PG_USER", "postgres"),
            "PASSWORD": os.environ.get("ZHIDU_PG_PASSWORD", ""),
            "HOST": os.environ.get("ZHIDU_PG_HOST", "127.0.0.1"),
            "PORT": os.environ.get("ZHIDU_PG_PORT", "5432"),
        }
    path = Path(os.environ.get("ZHIDU_SQLITE_PATH", VAR_DIR / "zhidu.sqlite3"))
    path.parent.mkdir(parents=True, exist_ok=True)  # a fresh clone has no var/ yet
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {"timeout": 20},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "zhidu.accounts.passwords.CharacterClassValidator", "OPTIONS": {"min_classes": 3}},
]
AUTHENTICATION_BACKENDS = ["zhidu.accounts.backends.SignInBackend"]  # lock-out, then the password
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = VAR_DIR / "media"  # uploaded files; `zhidu backup` archives them with the database

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- sign-in and sessions (zhidu.accounts; docs/security.md) -------------------------------------
# Lock-out: this many failed sign-ins within the window lock the account (by the username typed),
# and separately the client address, until the window has passed since the failure that locked it.
LOCKOUT_FAILURES = int(os.environ.get("ZHIDU_LOCKOUT_FAILURES", "5"))
LOCKOUT_ADDRESS_FAILURES = int(os.environ.get("ZHIDU_LOCKOUT_ADDRESS_FAILURES", str(LOCKOUT_FAILURES)))
LOCKOUT_WINDOW_MINUTES = int(os.environ.get("ZHIDU_LOCKOUT_WINDOW_MINUTES", "15"))
# The client address is REMOTE_ADDR; behind a reverse proxy name the header it sets (e.g. HTTP_X_REAL_IP).
CLIENT_ADDRESS_HEADER = os.environ.get("ZHIDU_CLIENT_ADDRESS_HEADER", "")
# Idle timeout for users without an agency; an agency's own is Agency.idle_timeout_minutes.
IDLE_TIMEOUT_MINUTES = int(os.environ.get("ZHIDU_IDLE_TIMEOUT_MINUTES", "30"))
IDLE_TOUCH_SECONDS = 60  # the session's last-activity time is rewritten at most this often
# Between the password and the second factor: how long the half-signed-in state lasts.
SIGNIN_SECOND_STEP_MINUTES = 5
TOTP_ISSUER = os.environ.get("ZHIDU_TOTP_ISSUER", "zhidu")
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_FAILURE_VIEW = "zhidu.accounts.views.csrf_failure"  # the 403 page in Chinese and English

# Served over HTTPS (ZHIDU_HTTPS=1): cookies only over HTTPS. HSTS is sent on HTTPS requests only.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = os.environ.get("ZHIDU_HTTPS", "0") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("ZHIDU_HSTS_SECONDS", "31536000"))
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
