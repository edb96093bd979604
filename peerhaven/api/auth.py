"""Who is calling: a personal access token, or the browser session (with CSRF for writes).

A token is sent as `Authorization: Bearer ph_…`, never in the address, so it cannot end up
in access logs, browser history or a Referer header. Nothing here logs a header's value.
"""

import zoneinfo

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja.security import APIKeyCookie
from ninja.security.base import AuthBase
from ninja.utils import check_csrf

from peerhaven.api import selectors, services, throttles
from peerhaven.api.errors import ApiError

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def _as_member(request: HttpRequest, user) -> None:
    """What the middleware does for a session, done for a token's member."""
    request.user = user
    if user.language:
        translation.activate(user.language)
        request.LANGUAGE_CODE = user.language
    try:
        timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        timezone.deactivate()


class TokenAuth(AuthBase):
    """`Authorization: Bearer <token>`; a read token is refused on anything that writes."""

    openapi_type = "http"
    openapi_scheme = "bearer"
    openapi_description = "A personal access token from /account/tokens/ (read or write)."

    def __call__(self, request: HttpRequest):
        header = request.headers.get("Authorization")
        if not header:
            return None
        scheme, _sep, secret = header.strip().partition(" ")
        secret = secret.strip()
        token = None
        if scheme.lower() == "bearer" and secret:
            throttles.check_token_attempts(request)
            token = selectors.token_for_secret(secret)
        if token is None:
            throttles.count_failed_token(request)
            raise ApiError(401, "invalid_token", _("This token is not valid, or was revoked."))
        if request.method not in SAFE_METHODS and not token.can_write:
            raise ApiError(
                403, "token_scope", _("This token can only read. Make a read and write token.")
            )
        throttles.check(request, token.user)
        services.record_token_use(token=token)
        request.api_token = token
        _as_member(request, token.user)
        return token.user


class SessionAuth(APIKeyCookie):
    """The browser's own session; writes need the CSRF token (X-CSRFToken header)."""

    param_name = settings.SESSION_COOKIE_NAME
    openapi_description = "The session cookie of a signed-in browser; send X-CSRFToken on writes."

    def _get_key(self, request: HttpRequest):
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise ApiError(
                403,
                "csrf_failed",
                _("The CSRF check failed: send the csrftoken in an X-CSRFToken header."),
            )
        throttles.check(request, user)
        request.api_token = None
        return user


class Visitor:
    """Lets a request through without signing in; access.py still decides what it sees."""

    def __call__(self, request: HttpRequest):
        throttles.check(request, None)
        request.api_token = None
        return True


token_auth = TokenAuth()
session_auth = SessionAuth()
MEMBERS = [token_auth, session_auth]
ANYONE = [token_auth, session_auth, Visitor()]
