"""Rate limits per member and per address, counted in the cache (Redis when configured).

A fixed window per (action, who): simple, shared by every process through the
cache, and cheap. Exceeding a limit raises RateLimited, which the middleware
turns into a friendly 429 page with Retry-After (the API and live rooms answer
in their own formats).
"""

import time

from django.core.cache import cache
from django.utils.translation import gettext as _

# action: (per member per window, per address per window, window seconds)
LIMITS = {
    "post": (10, 60, 3600),
    "reply": (40, 200, 3600),
    "reaction": (200, 600, 3600),
    "report": (10, 40, 3600),
    "join_request": (10, 40, 3600),
    "live_message": (5, 100, 5),
}


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(_("You are doing that a lot. Please wait a little and try again."))
        self.retry_after = max(1, int(retry_after))
        self.message = str(self.args[0])


def _hit(key: str, limit: int, window: int) -> int | None:
    """Count one hit; return seconds to wait when over the limit."""
    now = int(time.time())
    bucket = now - now % window
    cache_key = f"rl:{key}:{bucket}"
    if cache.add(cache_key, 1, timeout=window + 5):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.add(cache_key, 1, timeout=window + 5)
            count = 1
    if count > limit:
        return bucket + window - now
    return None


def check(action: str, *, user=None, address: str | None = None) -> None:
    """Count one `action` by `user` and from `address`; raise RateLimited past a limit."""
    per_user, per_address, window = LIMITS[action]
    waits = []
    if user is not None and getattr(user, "is_authenticated", False):
        waits.append(_hit(f"{action}:u:{user.pk}", per_user, window))
    if address:
        waits.append(_hit(f"{action}:a:{address}", per_address, window))
    waits = [wait for wait in waits if wait is not None]
    if waits:
        raise RateLimited(max(waits))


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")
