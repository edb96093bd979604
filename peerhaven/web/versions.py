"""Versions: numbers in the shared cache that move whenever what a cached answer was made of
changes.

A cached page or API answer is kept under a key that holds the versions of everything it was
computed from, so a change shows at once: the change bumps a version, the next request builds
a new key and misses. Nothing has to know which cached answers exist.

The versions, and who moves them (each app follows its own models in its AppConfig.ready):

- DIRECTORY: any group saved or deleted, or its topics or audiences changed (groups);
- group(id): the group, its memberships, meetings, occurrences and moderation log (groups,
  meetings, safety) — what the group page shows;
- group_content(id): posts, replies and reactions in the group (sharing);
- reader(id): the member's own account, memberships, blocks and reading preferences
  (accounts, groups, safety, sharing) — what changes how the group looks to them;
- PEOPLE: any member's shown name (accounts);
- notifications(id): the member's notifications (notifications).

Each bump happens at once (for the writer's own next read) and again when the transaction
commits, so an answer read between a write and its commit is never kept under the new
version. Writes that bypass model signals (queryset.update(), raw SQL) must bump by hand, or
are seen when the cached answer expires. With several server processes the cache must be
shared (Redis), as for rate limits.
"""

import time
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

DIRECTORY = "v:directory"
PEOPLE = "v:people"


def group(group_id) -> str:
    return f"v:group:{group_id}"


def group_content(group_id) -> str:
    return f"v:group-content:{group_id}"


def reader(user_id) -> str:
    return f"v:reader:{user_id}"


def notifications(user_id) -> str:
    return f"v:notifications:{user_id}"


def _fresh() -> int:
    # A version never used before, so a key evicted and made again cannot revive answers
    # cached under an earlier life of it.
    return time.time_ns()


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not there yet, or evicted
        cache.set(key, _fresh(), timeout=None)


def read(keys: list[str]) -> list[int]:
    """The current versions of `keys`, in order (one round trip to the cache when all exist)."""
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, _fresh(), timeout=None)
        found.update(cache.get_many(missing))
    return [int(found.get(key, 0)) for key in keys]


def bump(*keys: str) -> None:
    """Move `keys` on now and again when the current transaction commits."""
    for key in keys:
        _bump(key)
    transaction.on_commit(lambda: [_bump(key) for key in keys])


def follow(model, keys_of: Callable[..., Iterable[str]], *, name: str) -> None:
    """Bump keys_of(instance, **signal_kwargs) whenever a `model` row is saved or deleted."""

    def changed(sender, instance, **kwargs) -> None:
        keys = [key for key in keys_of(instance, **kwargs) if key]
        if keys:
            bump(*keys)

    post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"versions-{name}-save")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"versions-{name}-del")
