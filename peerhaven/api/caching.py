"""What the API keeps in the shared cache: the group directory, group feeds and tokens.

The directory. search_directory() does not depend on who asks (hidden groups are never in
it), so its JSON is kept for a short while, keyed by the normalised filters and a directory
version. Saving or deleting any group bumps the version, so a group that is renamed, hidden
or deleted leaves the cached answers at once; counts kept with queryset.update() (members,
next meeting) may lag by at most CACHE_SECONDS.

Group feeds. A feed page is made for one reader (their reactions, their content-warning
choices, whom they blocked, anonymity labels that depend on their role), so its JSON is kept
per reader, keyed by everything the page is computed from:

- the group's content version, bumped by every save or delete of a post, reply or reaction
  in the group (states, bodies, holds, removals, reply and reaction counts);
- the reader's version, bumped by their blocks, reading preferences, memberships and
  their own account;
- the people version, bumped when any member's shown name may have changed;
- the reader's language, and the page asked for (kind, cursor, after).

Access is still checked by groups/access.py on every request, before the cache is read.
Each bump happens at once (for the writer's own next read) and again when the transaction
commits, so a page read between a write and its commit is never kept under the new version.
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
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

CACHE_SECONDS = 30
VERSION_KEY = "api:directory-version"
FEED_SECONDS = 30
PEOPLE_KEY = "api:feed:people"
# Saving only these columns of a member cannot change how they appear in a feed.
UNSHOWN_USER_FIELDS = {"last_login", "session_epoch", "password"}


def _fresh() -> int:
    # A version that was never used before, so a key evicted and made again cannot revive
    # answers cached under an earlier life of it.
    return time.time_ns()


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not there yet, or evicted
        cache.set(key, _fresh(), timeout=None)


def _versions(keys: list[str]) -> list[int]:
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, _fresh(), timeout=None)
        found.update(cache.get_many(missing))
    return [int(found.get(key, 0)) for key in keys]


# --- the directory --------------------------------------------------------------------


def directory_version() -> int:
    return _versions([VERSION_KEY])[0]


def bump_directory(**_kwargs) -> None:
    _bump(VERSION_KEY)


def directory_key(params: dict, version: int) -> str:
    raw = json.dumps(params, sort_keys=True, default=str)
    return f"api:directory:{version}:{hashlib.sha256(raw.encode()).hexdigest()[:32]}"


# --- group feeds ----------------------------------------------------------------------


def _group_key(group_id) -> str:
    return f"api:feed:group:{group_id}"


def _reader_key(user_id) -> str:
    return f"api:feed:reader:{user_id}"


def feed_key(*, group_id: int, reader_id: int, language: str, params: dict) -> str:
    group_version, reader_version, people_version = _versions(
        [_group_key(group_id), _reader_key(reader_id), PEOPLE_KEY]
    )
    raw = json.dumps(params, sort_keys=True, default=str)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:24]
    return (
        f"api:feed:{group_id}:{group_version}:{reader_id}:{reader_version}:{people_version}:"
        f"{language}:{digest}"
    )


def feed_access_key(*, slug: str, reader_id: int) -> str:
    """Where a reader's admission to a group's feed is remembered.

    groups/access.py decides from the group's row (its listing) and the reader's membership
    row; a save or delete of any group bumps the directory version and one of the reader's
    memberships bumps their version, so a remembered admission ends with either."""
    directory, reader = _versions([VERSION_KEY, _reader_key(reader_id)])
    return f"api:feed-access:{directory}:{reader_id}:{reader}:{slug}"


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
    if _versions([_reader_key(token.user_id)])[0] != version:
        return None
    return token


def remember_token(token) -> None:
    version = _versions([_reader_key(token.user_id)])[0]
    cache.set(token_key(token.token_hash), (token, version), timeout=TOKEN_SECONDS)


def _token_changed(instance, **_kwargs) -> None:
    # Revoked or deleted: forgotten at once, and again once the change is committed.
    key = token_key(instance.token_hash)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _bump_now_and_on_commit(*keys: str) -> None:
    for key in keys:
        _bump(key)
    transaction.on_commit(lambda: [_bump(key) for key in keys])


def _post_changed(instance, **_kwargs) -> None:
    _bump_now_and_on_commit(_group_key(instance.group_id))


def _group_of_post(post_id, loaded=None):
    # The services hand the post over already loaded; ask the database only when not.
    if loaded is not None:
        return loaded.group_id
    from peerhaven.sharing.models import Post

    return Post.objects.filter(pk=post_id).values_list("group_id", flat=True).first()


def _reply_changed(instance, **_kwargs) -> None:
    loaded = instance.post if type(instance).post.is_cached(instance) else None
    group_id = _group_of_post(instance.post_id, loaded)
    if group_id is not None:
        _bump_now_and_on_commit(_group_key(group_id))


def _reaction_changed(instance, **_kwargs) -> None:
    model = type(instance)
    if instance.post_id:
        loaded = instance.post if model.post.is_cached(instance) else None
        group_id = _group_of_post(instance.post_id, loaded)
    elif instance.reply_id:
        reply = instance.reply if model.reply.is_cached(instance) else None
        if reply is None:
            from peerhaven.sharing.models import Reply

            reply = Reply.objects.filter(pk=instance.reply_id).only("post_id").first()
        if reply is None:
            return
        loaded = reply.post if type(reply).post.is_cached(reply) else None
        group_id = _group_of_post(reply.post_id, loaded)
    else:
        return
    if group_id is not None:
        _bump_now_and_on_commit(_group_key(group_id))


def _block_changed(instance, **_kwargs) -> None:
    _bump_now_and_on_commit(_reader_key(instance.blocker_id))


def _owner_changed(instance, **_kwargs) -> None:
    _bump_now_and_on_commit(_reader_key(instance.user_id))


def _user_changed(instance, update_fields=None, **_kwargs) -> None:
    if update_fields is not None and set(update_fields) <= UNSHOWN_USER_FIELDS:
        return
    _bump_now_and_on_commit(_reader_key(instance.pk), PEOPLE_KEY)


def connect() -> None:
    from peerhaven.accounts.models import User
    from peerhaven.api.models import ApiToken
    from peerhaven.groups.models import Group, Membership
    from peerhaven.safety.models import Block
    from peerhaven.sharing.models import Post, PostReaction, ReadingPreference, Reply

    post_save.connect(bump_directory, sender=Group, dispatch_uid="api-directory-save")
    post_delete.connect(bump_directory, sender=Group, dispatch_uid="api-directory-delete")
    m2m_changed.connect(
        bump_directory, sender=Group.topics.through, dispatch_uid="api-directory-topics"
    )
    m2m_changed.connect(
        bump_directory, sender=Group.audiences.through, dispatch_uid="api-directory-audiences"
    )
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(_token_changed, sender=ApiToken, dispatch_uid=f"api-token-{name}")
        signal.connect(_post_changed, sender=Post, dispatch_uid=f"api-feed-post-{name}")
        signal.connect(_reply_changed, sender=Reply, dispatch_uid=f"api-feed-reply-{name}")
        signal.connect(
            _reaction_changed, sender=PostReaction, dispatch_uid=f"api-feed-reaction-{name}"
        )
        signal.connect(_block_changed, sender=Block, dispatch_uid=f"api-feed-block-{name}")
        signal.connect(
            _owner_changed, sender=ReadingPreference, dispatch_uid=f"api-feed-preference-{name}"
        )
        signal.connect(
            _owner_changed, sender=Membership, dispatch_uid=f"api-feed-membership-{name}"
        )
        signal.connect(_user_changed, sender=User, dispatch_uid=f"api-feed-user-{name}")
