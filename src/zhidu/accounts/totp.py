"""The second factor: time-based one-time codes (TOTP, RFC 6238; 30-second steps, six digits, SHA-1 as
every authenticator app expects), via ``pyotp``.

A code is accepted for the current step or the one before or after (clock drift), and only for a
step later than the last one accepted (``TotpDevice.last_step``): a code cannot be used twice.
Secrets never go to the ledger or the logs: only this module and the enrolment page see them.
"""

from __future__ import annotations

import hmac

import pyotp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import TotpDevice, User

DRIFT_STEPS = 1


def new_secret() -> str:
    return pyotp.random_base32()  # 160 bits


def uri(secret: str, user: User) -> str:
    """The otpauth:// URI an authenticator app reads (from the QR code or typed in)."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.get_username(), issuer_name=settings.TOTP_ISSUER)


def qr_svg(text: str) -> str:
    """The QR code of ``text`` as inline SVG (no script, no style attribute: fine under the CSP)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return str(image.to_string(encoding="unicode"))


def clean_code(code: str) -> str:
    return "".join(str(code or "").split())


def matching_step(secret: str, code: str) -> int | None:
    """The time step (now, or one step either side) whose code is ``code``; None if none is."""
    code = clean_code(code)
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    now_step = totp.timecode(timezone.now())
    found = None
    for step in range(now_step - DRIFT_STEPS, now_step + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            found = step
    return found


def current_code(secret: str) -> str:
    """The code of the current step (for tests and the command line; never shown on a page)."""
    totp = pyotp.TOTP(secret)
    return totp.generate_otp(totp.timecode(timezone.now()))


def verify(device: TotpDevice, code: str) -> bool:
    """Accept a code once: its step must be later than the last step accepted. The step is taken with a
    conditional UPDATE, so two requests with the same code cannot both succeed."""
    step = matching_step(device.secret, code)
    if step is None or step <= device.last_step:
        return False
    with transaction.atomic():
        taken = TotpDevice.objects.filter(pk=device.pk, last_step__lt=step).update(last_step=step)
    if taken:
        device.last_step = step
    return bool(taken)


def enrol(user: User, secret: str, code: str) -> TotpDevice | None:
    """Make ``secret`` the user's authenticator if ``code`` is a current code of it (else None)."""
    step = matching_step(secret, code)
    if step is None:
        return None
    with transaction.atomic():
        TotpDevice.objects.filter(user=user).delete()
        return TotpDevice.objects.create(user=user, secret=secret, confirmed_at=timezone.now(), last_step=step)


def device_of(user: User) -> TotpDevice | None:
    return TotpDevice.objects.filter(user=user).first()
