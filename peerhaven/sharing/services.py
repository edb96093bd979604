"""Every write about posts, replies and reactions."""

import re
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven import markdown
from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, check
from peerhaven.groups.models import Group, Membership
from peerhaven.notifications.models import Notification
from peerhaven.notifications.services import notify, notify_batched
from peerhaven.sharing import treatments as treatment_tags
from peerhaven.sharing.models import (
    MAX_BODY,
    ContentWarning,
    Post,
    PostReaction,
    Reaction,
    ReadingPreference,
    Reply,
    State,
)

_MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]{1,39})", re.UNICODE)
_LINK = re.compile(r"(https?://|www\.)\S+|\[[^\]]*\]\([^)]*\)", re.IGNORECASE)
NEW_ACCOUNT_AGE = timedelta(hours=24)
NEW_ACCOUNT_DAILY_POSTS = 3


def _guard_writer(actor, group: Group, body: str) -> None:
    """Mutes and the limits on new accounts, before anything is written."""
    from peerhaven.safety.services import is_muted

    if is_muted(actor, group):
        raise ActionRefused(
            _(
                "A facilitator has paused your posting in this group for a while. You can still read."
            ),
            code="muted",
        )
    if actor.date_joined > timezone.now() - NEW_ACCOUNT_AGE:
        since = timezone.now() - timedelta(days=1)
        written = (
            Post.objects.filter(author=actor, created_at__gte=since).count()
            + Reply.objects.filter(author=actor, created_at__gte=since).count()
        )
        if written >= NEW_ACCOUNT_DAILY_POSTS:
            raise ActionRefused(
                _(
                    "New accounts can share 3 times a day. Thank you for your patience; it keeps the groups safe."
                ),
                code="new_account_limit",
            )
        if _LINK.search(body):
            raise ActionRefused(
                _("New accounts can't post links yet. Please leave the link out for now."),
                code="new_account_links",
            )


def _screen(body: str, group: Group):
    from peerhaven.safety.screening import screen

    return screen(body, group_id=group.pk)


def _screen_and_hold(item, *, actor, group: Group, screening=None):
    """Screen a new post or reply (unless `screening` was made before the transaction);
    hold it when needed. Returns the screening."""
    from peerhaven.safety.services import respond_to_screening

    if screening is None:
        screening = _screen(item.body, group)
    if screening.hold:
        item.state = State.HELD
        item.save(update_fields=["state"])
    is_post = isinstance(item, Post)
    item.care_flag = respond_to_screening(
        writer=actor,
        group=group,
        screening=screening,
        post=item if is_post else None,
        reply=None if is_post else item,
    )
    item.screening = screening
    return screening


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ActionRefused(_("Write something first."), code="empty")
    if len(body) > MAX_BODY:
        raise ActionRefused(
            _("A post can be at most %(max)s characters; this one has %(count)s.")
            % {"max": f"{MAX_BODY:,}", "count": f"{len(body):,}"},
            code="too_long",
        )
    return body


def _clean_warnings(warnings) -> list[str]:
    codes = []
    for code in warnings or []:
        if code not in ContentWarning.values:
            raise ActionRefused(_("That content warning does not exist."), code="bad_warning")
        if code not in codes:
            codes.append(code)
    return codes


def _mentioned_members(group: Group, body: str, *, exclude: set[int], author_id: int) -> list:
    """Active members of `group` named with @username or @displayname (spaces dropped)."""
    names = {match.casefold() for match in _MENTION.findall(body)}
    if not names:
        return []
    from peerhaven.safety.models import Block

    # Someone who blocked the writer is never reached by their mentions (silently).
    blockers = set(Block.objects.filter(blocked_id=author_id).values_list("blocker_id", flat=True))
    found = []
    for membership in Membership.objects.filter(
        group=group, state=Membership.State.ACTIVE
    ).select_related("user"):
        user = membership.user
        handles = {user.username.casefold(), user.display_name.replace(" ", "").casefold()}
        if names & handles and user.pk not in exclude and user.pk not in blockers:
            found.append(user)
    return found


def _notify_mentions(group: Group, body: str, url: str, *, author) -> None:
    for user in _mentioned_members(group, body, exclude={author.pk}, author_id=author.pk):
        notify(user=user, kind=Notification.Kind.MENTION, url=url, group=group)


def create_post(
    *,
    actor,
    group: Group,
    body: str,
    kind: str = Post.Kind.SHARE,
    anonymous: bool = False,
    warnings=(),
    warning_note: str = "",
    mood: str = "",
    treatments=(),
) -> Post:
    """Share in the group. What needs no lock (cleaning, Markdown, crisis screening) is done
    before the transaction, so writers hold the database's write lock only to write."""
    if kind not in Post.Kind.values:
        raise ActionRefused(_("That kind of post does not exist."), code="bad_kind")
    if kind == Post.Kind.CHECK_IN:
        if mood not in Post.MOODS:
            raise ActionRefused(_("Choose how you are doing today."), code="mood_required")
    else:
        mood = ""
    body = _clean_body(body)
    post = Post(
        group=group,
        author=actor,
        kind=kind,
        mood=mood,
        body=body,
        body_html=markdown.render(body),
        anonymous=bool(anonymous),
        content_warnings=_clean_warnings(warnings),
        warning_note=(warning_note or "").strip()[:200],
        treatments_text=treatment_tags.clean(treatments),
    )
    screening = _screen(body, group)
    with transaction.atomic():
        check(actor, group, need=Need.MEMBER)
        _guard_writer(actor, group, body)
        post.save()
        _screen_and_hold(post, actor=actor, group=group, screening=screening)
        if post.state == State.PUBLISHED:
            _notify_mentions(group, post.body, post.get_absolute_url(), author=actor)
    return post


def _own(actor, item) -> None:
    if item.author_id != actor.pk:
        raise ActionRefused(_("Only the person who wrote this can change it."), code="not_author")
    if item.state != State.PUBLISHED:
        raise ActionRefused(_("This can no longer be changed."), code="not_published")


@transaction.atomic
def edit_post(
    *,
    actor,
    post: Post,
    body: str,
    warnings=None,
    warning_note: str | None = None,
    treatments=None,
) -> Post:
    post = Post.objects.select_for_update().get(pk=post.pk)
    check(actor, post.group, need=Need.MEMBER)
    _own(actor, post)
    post.body = _clean_body(body)
    post.body_html = markdown.render(post.body)
    if warnings is not None:
        post.content_warnings = _clean_warnings(warnings)
    if warning_note is not None:
        post.warning_note = warning_note.strip()[:200]
    if treatments is not None:
        post.treatments_text = treatment_tags.clean(treatments)
    post.edited_at = timezone.now()
    post.save()
    # An edit is screened like a new post.
    _screen_and_hold(post, actor=actor, group=post.group)
    return post


@transaction.atomic
def delete_post(*, actor, post: Post) -> Post:
    post = Post.objects.select_for_update().get(pk=post.pk)
    _own(actor, post)
    post.state = State.DELETED
    post.save(update_fields=["state"])
    return post


def _may_remove(actor, group: Group) -> None:
    # Group co-facilitators and facilitators; platform moderators arrive with the safety app.
    check(actor, group, need=Need.COFACILITATOR)


@transaction.atomic
def remove_post(*, actor, post: Post, reason: str) -> Post:
    post = Post.objects.select_for_update().get(pk=post.pk)
    _may_remove(actor, post.group)
    if not (reason or "").strip():
        raise ActionRefused(
            _("Please give a reason; the writer is told it."), code="reason_required"
        )
    if post.state in (State.REMOVED, State.DELETED):
        raise ActionRefused(_("This post is already gone."), code="gone")
    post.state = State.REMOVED
    post.removal_reason = reason.strip()[:500]
    post.removed_by = actor
    post.save(update_fields=["state", "removal_reason", "removed_by"])
    from peerhaven.safety.services import record_removal

    record_removal(
        actor=actor,
        group=post.group,
        subject=post.author,
        item=f"post:{post.pk}",
        reason=post.removal_reason,
    )
    notify(
        user=post.author,
        kind=Notification.Kind.CONTENT_REMOVED,
        url=post.get_absolute_url(),
        group=post.group,
    )
    return post


@transaction.atomic
def create_reply(*, actor, post: Post, body: str, anonymous: bool = False) -> Reply:
    post = Post.objects.select_for_update().select_related("group").get(pk=post.pk)
    check(actor, post.group, need=Need.MEMBER)
    if post.state != State.PUBLISHED:
        raise ActionRefused(
            _("This post was deleted, so it can no longer be replied to."), code="post_gone"
        )
    from peerhaven.safety.services import has_blocked

    if has_blocked(post.author_id, actor.pk):
        raise ActionRefused(_("You can't reply to this post."), code="blocked")
    body = _clean_body(body)
    _guard_writer(actor, post.group, body)
    reply = Reply(post=post, author=actor, body=body, anonymous=bool(anonymous))
    reply.body_html = markdown.render(reply.body)
    reply.save()
    _screen_and_hold(reply, actor=actor, group=post.group)
    if reply.state != State.PUBLISHED:
        return reply
    Post.objects.filter(pk=post.pk).update(reply_count=F("reply_count") + 1)
    url = reply.get_absolute_url()
    told = {actor.pk}
    if post.author_id not in told:
        notify(user=post.author, kind=Notification.Kind.REPLY_TO_POST, url=url, group=post.group)
        told.add(post.author_id)
    others = (
        Reply.objects.filter(post=post, state=State.PUBLISHED)
        .exclude(author_id__in=told)
        .values_list("author_id", flat=True)
        .distinct()
    )
    from peerhaven.accounts.models import User

    for user in User.objects.filter(pk__in=list(others), is_active=True):
        if check_member(user, post.group):
            notify(user=user, kind=Notification.Kind.REPLY_IN_THREAD, url=url, group=post.group)
            told.add(user.pk)
    for user in _mentioned_members(post.group, reply.body, exclude=told, author_id=actor.pk):
        notify(user=user, kind=Notification.Kind.MENTION, url=url, group=post.group)
    return reply


def check_member(user, group: Group) -> bool:
    from peerhaven.groups.access import may_read_content

    return may_read_content(user, group)


@transaction.atomic
def edit_reply(*, actor, reply: Reply, body: str) -> Reply:
    reply = Reply.objects.select_for_update().select_related("post__group").get(pk=reply.pk)
    check(actor, reply.post.group, need=Need.MEMBER)
    _own(actor, reply)
    reply.body = _clean_body(body)
    reply.body_html = markdown.render(reply.body)
    reply.edited_at = timezone.now()
    reply.save()
    _screen_and_hold(reply, actor=actor, group=reply.post.group)
    return reply


@transaction.atomic
def delete_reply(*, actor, reply: Reply) -> Reply:
    reply = Reply.objects.select_for_update().get(pk=reply.pk)
    _own(actor, reply)
    reply.state = State.DELETED
    reply.save(update_fields=["state"])
    Post.objects.filter(pk=reply.post_id).update(reply_count=F("reply_count") - 1)
    return reply


@transaction.atomic
def remove_reply(*, actor, reply: Reply, reason: str) -> Reply:
    reply = Reply.objects.select_for_update().select_related("post__group").get(pk=reply.pk)
    _may_remove(actor, reply.post.group)
    if not (reason or "").strip():
        raise ActionRefused(
            _("Please give a reason; the writer is told it."), code="reason_required"
        )
    if reply.state in (State.REMOVED, State.DELETED):
        raise ActionRefused(_("This reply is already gone."), code="gone")
    was_published = reply.state == State.PUBLISHED
    reply.state = State.REMOVED
    reply.removal_reason = reason.strip()[:500]
    reply.removed_by = actor
    reply.save(update_fields=["state", "removal_reason", "removed_by"])
    if was_published:
        Post.objects.filter(pk=reply.post_id).update(reply_count=F("reply_count") - 1)
    from peerhaven.safety.services import record_removal

    record_removal(
        actor=actor,
        group=reply.post.group,
        subject=reply.author,
        item=f"reply:{reply.pk}",
        reason=reply.removal_reason,
    )
    notify(
        user=reply.author,
        kind=Notification.Kind.CONTENT_REMOVED,
        url=reply.post.get_absolute_url(),
        group=reply.post.group,
    )
    return reply


@transaction.atomic
def react(
    *, actor, kind: str, post: Post | None = None, reply: Reply | None = None
) -> PostReaction:
    if kind not in Reaction.values:
        raise ActionRefused(_("That reaction does not exist."), code="bad_reaction")
    target = post or reply.post
    check(actor, target.group, need=Need.MEMBER)
    item = post or reply
    if item.state != State.PUBLISHED or target.state != State.PUBLISHED:
        raise ActionRefused(_("This was deleted."), code="gone")
    lookup = {"post": post} if post else {"reply": reply}
    if PostReaction.objects.filter(user=actor, kind=kind, **lookup).exists():
        raise ActionRefused(_("You already sent this reaction."), code="already_reacted")
    reaction = PostReaction.objects.create(user=actor, kind=kind, **lookup)
    if item.author_id != actor.pk:
        notify_batched(
            user=item.author,
            kind=Notification.Kind.REACTIONS,
            url=item.get_absolute_url(),
            group=target.group,
            target=f"{'post' if post else 'reply'}:{item.pk}",
        )
    return reaction


@transaction.atomic
def unreact(*, actor, kind: str, post: Post | None = None, reply: Reply | None = None) -> None:
    lookup = {"post": post} if post else {"reply": reply}
    PostReaction.objects.filter(user=actor, kind=kind, **lookup).delete()


@transaction.atomic
def mark_helpful(*, actor, reply: Reply, helpful: bool = True) -> Reply:
    reply = Reply.objects.select_for_update().select_related("post").get(pk=reply.pk)
    check(actor, reply.post.group, need=Need.MEMBER)
    if reply.post.kind != Post.Kind.QUESTION or reply.post.author_id != actor.pk:
        raise ActionRefused(
            _("Only the person who asked can mark answers as helpful."), code="not_asker"
        )
    reply.helpful = helpful
    reply.save(update_fields=["helpful"])
    return reply


@transaction.atomic
def set_reading_preference(*, actor, choices: dict[str, str]) -> ReadingPreference:
    preference, _created = ReadingPreference.objects.get_or_create(user=actor)
    clean = {}
    for code, choice in choices.items():
        known = code in ContentWarning.values and choice in ReadingPreference.Choice.values
        if known and choice != ReadingPreference.Choice.COLLAPSE:
            clean[code] = choice
    preference.warnings = clean
    preference.save(update_fields=["warnings"])
    return preference
