import time
import zoneinfo

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation

_REFRESH_EVERY = 24 * 3600


class SessionLifetimeMiddleware:
    """Idle expiry (refreshed at most daily), absolute expiry, and "log out everywhere"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            session = request.session
            now = int(time.time())
            auth_at = session.get("ph_auth_at", now)
            if (
                session.get("ph_epoch") != user.session_epoch
                or now - auth_at > settings.SESSION_ABSOLUTE_AGE
                or not user.is_active
            ):
                logout(request)
            elif now - session.get("ph_seen_at", 0) > _REFRESH_EVERY:
                # Writing the session renews its cookie and its expiry date.
                session["ph_seen_at"] = now
        return self.get_response(request)


class MemberPreferencesMiddleware:
    """Pages speak the member's language and show times in their time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if user.language:
                translation.activate(user.language)
                request.LANGUAGE_CODE = user.language
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class StaffTwoFactorMiddleware:
    """Staff accounts must set up two-factor authentication before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            from allauth.mfa.utils import is_mfa_enabled

            allowed = (
                reverse("mfa_activate_totp"),
                reverse("mfa_index"),
                reverse("account_logout"),
                reverse("account_login"),
                reverse("mfa_authenticate"),
                reverse("account_reauthenticate"),
                settings.STATIC_URL,
                "/help/",
                "/healthz",
            )
            if not request.path.startswith(allowed) and not is_mfa_enabled(user):
                return redirect("mfa_activate_totp")
        return self.get_response(request)
