"""Rate limits of the API, counted in the same cache as the pages' (Redis when configured).

Fixed windows per member (or per address when nobody is signed in). The actions the pages
limit (posting, replying, reacting, asking to join) are limited by the same rules whichever
way they arrive; these limits come on top, for scripted clients. Operators can change them
with a `PEERHAVEN_API_RATES` setting of the same shape as `DEFAULT_RATES`.
"""

import time

from django.conf import settings
from django.core.cache import cache

from peerhaven.api.errors import ApiError

# name: (requests, window seconds)
DEFAULT_RATES = {
    "member": (1200, 60),  # any request by one member
    "visitor": (300, 60),  # any request from one address without signing in
    "write": (120, 60),  # writes by one member
    "failed_token": (30, 600),  # wrong tokens from one address
}


def rate(name: str) -> tuple[int, int]:
    rates = getattr(settings, "PEERHAVEN_API_RATES", None) or {}
    return tuple(rates.get(name, DEFAULT_RATES[name]))


def _address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _count(key: str, window: int, *, peek: bool = False) -> tuple[int, int]:
    """(hits in the current window, seconds until it ends); counts one hit unless `peek`."""
    now = int(time.time())
    bucket = now - now % window
    cache_key = f"api-rl:{key}:{bucket}"
    wait = bucket + window - now
    if peek:
        return int(cache.get(cache_key, 0)), wait
    if cache.add(cache_key, 1, timeout=window + 5):
        return 1, wait
    try:
        return int(cache.incr(cache_key)), wait
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=window + 5)
        return 1, wait


def check(request, user) -> None:
    """Count this request for `user` (or the address); raise RateLimitedError past a limit."""
    if user is not None and user.is_authenticated:
        checks = [("member", f"u:{user.pk}")]
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            checks.append(("write", f"w:{user.pk}"))
    else:
        checks = [("visitor", f"a:{_address(request)}")]
    waits = []
    for name, who in checks:
        limit, window = rate(name)
        count, wait = _count(f"{name}:{who}", window)
        if count > limit:
            waits.append(wait)
    if waits:
        raise RateLimitedError(max(waits))


def check_token_attempts(request) -> None:
    """Refuse token checks from an address that sent too many wrong tokens lately."""
    limit, window = rate("failed_token")
    count, wait = _count(f"failed_token:{_address(request)}", window, peek=True)
    if count >= limit:
        raise RateLimitedError(wait)


def count_failed_token(request) -> None:
    limit, window = rate("failed_token")
    _count(f"failed_token:{_address(request)}", window)


class RateLimitedError(ApiError):
    def __init__(self, wait: int) -> None:
        from django.utils.translation import gettext as _

        super().__init__(
            429, "rate_limited", _("You are doing that a lot. Please wait a little and try again.")
        )
        self.retry_after = max(1, int(wait))
