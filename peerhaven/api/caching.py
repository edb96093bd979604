"""What the API keeps in the shared cache: the group directory, group feeds and tokens.

The directory. search_directory() does not depend on who asks (hidden groups are never in
it), so its JSON is kept for a short while, keyed by the normalised filters and a directory
version. Saving or deleting any group bumps the version, so a group that is renamed, hidden
or deleted leaves the cached answers at once; counts kept with queryset.update() (members,
next meeting) may lag by at most CACHE_SECONDS.

Group feeds. A feed page is made for one reader (their reactions, their content-warning
choices, whom they blocked, anonymity labels that depend on their role), so its JSON is kept
per reader, keyed by everything the page is computed from (the versions are described in
peerhaven/web/versions.py):

- the group's content version (posts, replies, reactions in the group);
- the reader's version (their blocks, reading preferences, memberships and account);
- the people version (any member's shown name);
- the reader's language, and the page asked for (kind, cursor, after).

Access is still checked by groups/access.py on every request, before the cache is read.
Tokens. A token with its member is remembered for TOKEN_SECONDS under its hash, with the
member's version: revoking or deleting the token forgets it, and any change to the member
(deactivated, suspended, erased, a new language) bumps their version, so the next request
reads both again from the database.

Writes that bypass model signals (queryset.update(), raw SQL) or happen in another process
with a per-process cache are only seen when the page expires: FEED_SECONDS. A rule that makes
a feed depend on something new must bump one of these versions.
"""

import hashlib
import json

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from peerhaven.web import versions

CACHE_SECONDS = 30
FEED_SECONDS = 30


# --- the directory --------------------------------------------------------------------


def directory_version() -> int:
    return versions.read([versions.DIRECTORY])[0]


def directory_key(params: dict, version: int) -> str:
    raw = json.dumps(params, sort_keys=True, default=str)
    return f"api:directory:{version}:{hashlib.sha256(raw.encode()).hexdigest()[:32]}"


# --- group feeds ----------------------------------------------------------------------


def feed_key(*, group_id: int, reader_id: int, language: str, params: dict) -> str:
    group_version, reader_version, people_version = versions.read(
        [versions.group_content(group_id), versions.reader(reader_id), versions.PEOPLE]
    )
    raw = json.dumps(params, sort_keys=True, default=str)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:24]
    return (
        f"api:feed:{group_id}:{group_version}:{reader_id}:{reader_version}:{people_version}:"
        f"{language}:{digest}"
    )


# --- tokens ---------------------------------------------------------------------------

TOKEN_SECONDS = 60


def token_key(token_hash: str) -> str:
    return f"api:token:{token_hash}"


def remembered_token(token_hash: str):
    """The token (with its member) remembered for this hash, while the member is unchanged."""
    found = cache.get(token_key(token_hash))
    if found is None:
        return None
    token, version = found
    if versions.read([versions.reader(token.user_id)])[0] != version:
        return None
    return token


def remember_token(token) -> None:
    version = versions.read([versions.reader(token.user_id)])[0]
    cache.set(token_key(token.token_hash), (token, version), timeout=TOKEN_SECONDS)


def _token_changed(instance, **_kwargs) -> None:
    # Revoked or deleted: forgotten at once, and again once the change is committed.
    key = token_key(instance.token_hash)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def connect() -> None:
    from peerhaven.api.models import ApiToken

    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(_token_changed, sender=ApiToken, dispatch_uid=f"api-token-{name}")
