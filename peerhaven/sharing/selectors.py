"""Reads of group content, already filtered by who is asking.

Feeds run a fixed number of queries: the posts, their reaction counts, the
reader's own reactions and the reader's preferences, whatever the number of
posts, replies and reactions.
"""

import base64
import binascii
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Q, QuerySet

from peerhaven.groups.access import GroupAccess, groups_with_content_for
from peerhaven.sharing.models import Post, PostReaction, Reaction, ReadingPreference, Reply, State

PAGE_SIZE = 20


@dataclass
class Item:
    """A post or reply as one reader sees it."""

    obj: object
    author_label: str
    author_hidden: bool
    collapsed: bool
    counts: dict[str, int] = field(default_factory=dict)
    mine: set[str] = field(default_factory=set)
    reactors: list = field(default_factory=list)


def encode_cursor(post: Post) -> str:
    raw = f"{post.created_at.isoformat()}|{post.pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[datetime, int] | None:
    """The (created_at, id) a cursor points at, or None for a missing or damaged cursor."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        created, pk = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        return datetime.fromisoformat(created), int(pk)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


def reading_preference(user) -> ReadingPreference:
    if not user.is_authenticated:
        return ReadingPreference(warnings={})
    return ReadingPreference.objects.filter(user=user).first() or ReadingPreference(
        user=user, warnings={}
    )


def author_label(obj, access: GroupAccess, reader) -> tuple[str, bool]:
    """(name shown for the writer, whether the name is hidden from this reader)."""
    from django.utils.translation import gettext as _

    if obj.anonymous:
        if access.can_moderate or obj.author_id == reader.pk:
            return _("%(name)s (anonymous to members)") % {"name": obj.author.public_name}, True
        return _("Anonymous member"), True
    return obj.author.public_name, False


def decorate(
    objects, *, access: GroupAccess, reader, preference: ReadingPreference, kind: str
) -> list[Item]:
    ids = [obj.pk for obj in objects]
    counts: dict[int, dict[str, int]] = {pk: {} for pk in ids}
    mine: dict[int, set[str]] = {pk: set() for pk in ids}
    reactors: dict[int, list] = {pk: [] for pk in ids}
    if ids:
        key = f"{kind}_id"
        for row in (
            PostReaction.objects.filter(**{f"{kind}__in": ids})
            .values(key, "kind")
            .annotate(total=Count("id"))
        ):
            counts[row[key]][row["kind"]] = row["total"]
        own_ids = [obj.pk for obj in objects if obj.author_id == reader.pk]
        for reaction in PostReaction.objects.filter(
            Q(**{f"{kind}__in": ids}, user=reader) | Q(**{f"{kind}__in": own_ids})
        ).select_related("user"):
            target = getattr(reaction, key)
            if reaction.user_id == reader.pk:
                mine[target].add(reaction.kind)
            if target in own_ids:
                # The writer sees who reacted; everyone else sees counts.
                reactors[target].append((reaction.user.public_name, reaction.get_kind_display()))
    items = []
    for obj in objects:
        label, hidden = author_label(obj, access, reader)
        items.append(
            Item(
                obj,
                label,
                hidden,
                collapsed_for(obj, preference),
                counts[obj.pk],
                mine[obj.pk],
                reactors[obj.pk],
            )
        )
    return items


def collapsed_for(obj, preference: ReadingPreference) -> bool:
    """Whether a post opens collapsed for this reader: it carries a warning they do not
    choose to see at once (replies carry none)."""
    return any(
        preference.choice_for(code) != ReadingPreference.Choice.SHOW
        for code in getattr(obj, "content_warnings", [])
    )


def visible_posts(reader, preference: ReadingPreference) -> QuerySet[Post]:
    """Published posts minus what the reader blocked or hides entirely; callers narrow it
    to groups whose content groups/access.py lets the reader see."""
    from peerhaven.safety.services import blocked_ids

    qs = Post.objects.filter(state=State.PUBLISHED)
    blocked = blocked_ids(reader)
    if blocked:
        # What a blocked member writes is hidden from the blocker everywhere.
        qs = qs.exclude(author_id__in=blocked)
    hidden = [
        code
        for code, choice in preference.warnings.items()
        if choice == ReadingPreference.Choice.HIDE
    ]
    for code in hidden:
        # A post carrying a warning the reader hides entirely stays out of their feeds.
        qs = qs.exclude(warnings_text__contains=f",{code},")
    return qs


@dataclass
class FeedPage:
    items: list[Item]
    next_cursor: str | None
    newest_cursor: str | None


# What a feed shows of a post and of its writer (the writer's row is wide).
POST_FIELDS = [field.name for field in Post._meta.concrete_fields]
AUTHOR_FIELDS = ["author__username", "author__display_name", "author__erased_at"]


def group_feed(
    access: GroupAccess,
    reader,
    *,
    kind: str | None = None,
    cursor: str | None = None,
    after: str | None = None,
) -> FeedPage:
    """A page of the group's posts, newest first. Callers have checked Need.MEMBER.

    `cursor` continues to older posts; `after` returns only posts newer than it
    (for the live update of an open feed).
    """
    preference = reading_preference(reader)
    qs = visible_posts(reader, preference).filter(group=access.group)
    qs = qs.select_related("author").only(*POST_FIELDS, *AUTHOR_FIELDS)
    if kind in Post.Kind.values:
        qs = qs.filter(kind=kind)
    position = decode_cursor(cursor)
    if position:
        created, pk = position
        qs = qs.filter(Q(created_at__lt=created) | Q(created_at=created, pk__lt=pk))
    newer = decode_cursor(after)
    if newer:
        created, pk = newer
        qs = qs.filter(Q(created_at__gt=created) | Q(created_at=created, pk__gt=pk))
    posts = list(qs.order_by("-created_at", "-id")[: PAGE_SIZE + 1])
    more = len(posts) > PAGE_SIZE
    posts = posts[:PAGE_SIZE]
    items = decorate(posts, access=access, reader=reader, preference=preference, kind="post")
    return FeedPage(
        items=items,
        next_cursor=encode_cursor(posts[-1]) if more and posts else None,
        newest_cursor=encode_cursor(posts[0]) if posts else after,
    )


def post_with_replies(access: GroupAccess, reader, post: Post) -> tuple[Item, list[Item]]:
    preference = reading_preference(reader)
    (post_item,) = decorate(
        [post], access=access, reader=reader, preference=preference, kind="post"
    )
    from peerhaven.safety.services import blocked_ids

    replies = list(
        Reply.objects.filter(post=post)
        .exclude(state=State.HELD)
        .exclude(author_id__in=blocked_ids(reader))
        .select_related("author")
        .order_by("created_at", "id")
    )
    reply_items = decorate(
        replies, access=access, reader=reader, preference=preference, kind="reply"
    )
    return post_item, reply_items


def home_feed(reader, limit: int = 10) -> list[Post]:
    """Recent posts across the reader's groups (for Home)."""
    preference = reading_preference(reader)
    groups = groups_with_content_for(reader)
    return list(
        visible_posts(reader, preference)
        .filter(group__in=groups)
        .select_related("author", "group")
        .order_by("-created_at", "-id")[:limit]
    )


def reaction_choices() -> list[tuple[str, str]]:
    return list(Reaction.choices)


def post_for_reader(reader, post_id: int, *, need=None) -> tuple[Post, GroupAccess]:
    """The post `reader` may reach, with their access to its group.

    Http404 when it does not exist or is held for review (except for its writer and the
    group's moderators); groups/access.py raises for the group itself (default Need.MEMBER).
    """
    from django.http import Http404

    from peerhaven.groups.access import Need, check

    post = Post.objects.select_related("group", "author").filter(pk=post_id).first()
    if post is None:
        raise Http404("No such post")
    access = check(reader, post.group, need=need or Need.MEMBER)
    if post.state == State.HELD and post.author_id != reader.pk and not access.can_moderate:
        raise Http404("No such post")
    return post, access


def reply_for_reader(reader, reply_id: int) -> tuple[Reply, GroupAccess]:
    """The reply `reader` may reach (a member of its group), with their access to the group."""
    from django.http import Http404

    from peerhaven.groups.access import Need, check

    reply = (
        Reply.objects.select_related("post", "post__group", "author").filter(pk=reply_id).first()
    )
    if reply is None:
        raise Http404("No such reply")
    return reply, check(reader, reply.post.group, need=Need.MEMBER)


def item_for_reader(reader, obj, *, access: GroupAccess) -> Item:
    """One post or reply as `reader` sees it (counts, own reactions, author label).

    `access`: the reader's access to the item's group, as post_for_reader or
    reply_for_reader returned it.
    """
    kind = "reply" if isinstance(obj, Reply) else "post"
    (item,) = decorate(
        [obj], access=access, reader=reader, preference=reading_preference(reader), kind=kind
    )
    return item
