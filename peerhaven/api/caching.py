"""The one answer the API caches: the group directory, which is the same for every reader.

search_directory() does not depend on who asks (hidden groups are never in it), so its
JSON is kept in the shared cache for a short while, keyed by the normalised filters and a
directory version. Saving or deleting any group bumps the version, so a group that is
renamed, hidden or deleted leaves the cached answers at once; counts kept with
queryset.update() (members, next meeting) may lag by at most CACHE_SECONDS.
"""

import hashlib
import json

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

CACHE_SECONDS = 30
VERSION_KEY = "api:directory-version"


def directory_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return int(version)


def bump_directory(**_kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not there yet, or evicted: any new value changes every key
        cache.set(VERSION_KEY, directory_version() + 1, timeout=None)


def directory_key(params: dict, version: int) -> str:
    raw = json.dumps(params, sort_keys=True, default=str)
    return f"api:directory:{version}:{hashlib.sha256(raw.encode()).hexdigest()[:32]}"


def connect() -> None:
    from peerhaven.groups.models import Group

    post_save.connect(bump_directory, sender=Group, dispatch_uid="api-directory-save")
    post_delete.connect(bump_directory, sender=Group, dispatch_uid="api-directory-delete")
    m2m_changed.connect(
        bump_directory, sender=Group.topics.through, dispatch_uid="api-directory-topics"
    )
    m2m_changed.connect(
        bump_directory, sender=Group.audiences.through, dispatch_uid="api-directory-audiences"
    )
