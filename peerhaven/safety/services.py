"""Every write about safety: care responses, reports, moderation actions, blocks."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, check
from peerhaven.groups.models import Group, Membership
from peerhaven.notifications.models import Notification
from peerhaven.notifications.services import notify, notify_many
from peerhaven.safety.models import Appeal, Block, Flag, LogEntry, ModerationAction, Mute, Report
from peerhaven.safety.screening import Screening

REPORTS_TO_HIDE = 3


def is_platform_moderator(user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and user.has_perm("safety.moderate_platform")
    )


def platform_moderators():
    from django.contrib.auth.models import Permission

    from peerhaven.accounts.models import User

    permission = Permission.objects.filter(
        codename="moderate_platform", content_type__app_label="safety"
    ).first()
    if permission is None:
        return User.objects.none()
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(user_permissions=permission)
            | Q(groups__permissions=permission)
            | Q(is_superuser=True)
        )
        .distinct()
    )


def _group_moderators(group: Group):
    from peerhaven.accounts.models import User

    return User.objects.filter(
        memberships__group=group,
        memberships__state=Membership.State.ACTIVE,
        memberships__role__gte=Membership.Role.COFACILITATOR,
        is_active=True,
    )


def _log(
    *, action: str, actor, reason: str, subject=None, group=None, flag=None, **detail
) -> LogEntry:
    return LogEntry.objects.create(
        action=action,
        actor=actor,
        subject=subject,
        group=group,
        flag=flag,
        reason=reason[:1000],
        detail=detail,
    )


# --- Care: what happens when a message may come from someone in crisis -------------


def respond_to_screening(
    *, writer, group: Group, screening: Screening, post=None, reply=None
) -> Flag | None:
    """Raise the flags a screened message calls for, and alert who must know at once.

    Call inside the transaction that saved the post or reply. Alerts say only
    that a member may need support, with a link; never the text.
    """
    if screening.level == "urgent":
        flag = Flag.objects.create(
            kind=Flag.Kind.HELD_FOR_CARE if screening.hold_for_care else Flag.Kind.CONCERN,
            priority=Flag.PRIORITY["held_for_care"],
            group=group,
            post=post,
            reply=reply,
            subject=writer,
            signals=list(screening.signals),
        )
        people = {user.pk: user for user in _group_moderators(group)}
        people.update({user.pk: user for user in platform_moderators()})
        people.pop(writer.pk, None)
        notify_many(
            users=list(people.values()),
            kind=Notification.Kind.CRISIS_ALERT,
            url=f"/moderation/flags/{flag.pk}/",
        )
        return flag
    flag = None
    if screening.level == "concern":
        flag = Flag.objects.create(
            kind=Flag.Kind.CONCERN,
            priority=Flag.PRIORITY["concern"],
            group=group,
            post=post,
            reply=reply,
            subject=writer,
            signals=list(screening.signals),
        )
    if screening.word_match:
        flag = Flag.objects.create(
            kind=Flag.Kind.WORD_LIST,
            priority=Flag.PRIORITY["word_list"],
            group=group,
            post=post,
            reply=reply,
            subject=writer,
        )
    return flag


def request_outreach(*, member, group: Group | None) -> Flag:
    """A member asked, from a private tool (a self-check), for someone to reach out.

    Moderators learn only that: never the answers or the score behind it.
    """
    flag = Flag.objects.create(
        kind=Flag.Kind.OUTREACH,
        priority=Flag.PRIORITY["held_for_care"],
        group=group,
        subject=member,
        wants_outreach=True,
    )
    people = {user.pk: user for user in platform_moderators()}
    if group is not None:
        people.update({user.pk: user for user in _group_moderators(group)})
    people.pop(member.pk, None)
    notify_many(
        users=list(people.values()),
        kind=Notification.Kind.CRISIS_ALERT,
        url=f"/moderation/flags/{flag.pk}/",
    )
    return flag


@transaction.atomic
def answer_care_panel(*, actor, flag: Flag, choice: str) -> Flag:
    """The writer's answer on the crisis panel: "I'm safe right now" or "Ask a facilitator to reach out"."""
    flag = Flag.objects.select_for_update().get(pk=flag.pk)
    if flag.subject_id != actor.pk:
        raise PermissionDenied("Not your message")
    if choice == "safe":
        flag.safe_now = True
    elif choice == "outreach":
        flag.wants_outreach = True
        for user in _group_moderators(flag.group) if flag.group else []:
            notify(
                user=user, kind=Notification.Kind.CRISIS_ALERT, url=f"/moderation/flags/{flag.pk}/"
            )
    else:
        raise ActionRefused(_("Choose one of the two answers."), code="bad_choice")
    flag.save(update_fields=["safe_now", "wants_outreach"])
    return flag


# --- Reports ------------------------------------------------------------------------


def _item_group(item) -> Group:
    return item.group if hasattr(item, "group") else item.post.group


@transaction.atomic
def report(
    *,
    actor,
    reason: str,
    note: str = "",
    post=None,
    reply=None,
    group: Group | None = None,
    member=None,
) -> Report:
    """Report a post, a reply, a group or a member to the moderators."""
    from peerhaven.sharing.models import State

    if reason not in Report.Reason.values:
        raise ActionRefused(_("Choose a reason from the list."), code="bad_reason")
    item = post or reply
    if item is not None:
        group = _item_group(item)
        check(actor, group, need=Need.MEMBER)
        if item.author_id == actor.pk:
            raise ActionRefused(
                _("You can't report your own writing. You can edit or delete it."), code="own"
            )
        subject = item.author
        lookup = {"post": post} if post else {"reply": reply}
    elif group is not None:
        check(actor, group, need=Need.VIEW)
        subject = None
        lookup = {"group": group, "post": None, "reply": None, "subject": None}
    elif member is not None:
        if member.pk == actor.pk:
            raise ActionRefused(_("You can't report yourself."), code="own")
        # Only someone who shares a group with the member can report them.
        shared = (
            Membership.objects.filter(
                user=actor,
                state=Membership.State.ACTIVE,
                group__memberships__user=member,
                group__memberships__state=Membership.State.ACTIVE,
            )
            .values_list("group_id", flat=True)
            .first()
        )
        if shared is None:
            raise PermissionDenied("No shared group")
        group = Group.objects.get(pk=shared)
        subject = member
        lookup = {"subject": member, "post": None, "reply": None}
    else:
        raise ActionRefused(_("There is nothing to report."), code="nothing")
    flag = (
        Flag.objects.select_for_update(of=("self",))
        .filter(
            kind=Flag.Kind.REPORTED, status__in=[Flag.Status.OPEN, Flag.Status.ESCALATED], **lookup
        )
        .first()
    )
    if flag is None:
        fields = {"group": group, "subject": subject, **lookup}
        flag = Flag.objects.create(
            kind=Flag.Kind.REPORTED, priority=Flag.PRIORITY["reported"], **fields
        )
    if Report.objects.filter(flag=flag, reporter=actor).exists():
        raise ActionRefused(
            _("You already reported this. A moderator will look at it."), code="already_reported"
        )
    entry = Report.objects.create(
        flag=flag, reporter=actor, reason=reason, note=(note or "")[:1000]
    )
    if reason == Report.Reason.AT_RISK and flag.priority > Flag.PRIORITY["at_risk_report"]:
        flag.priority = Flag.PRIORITY["at_risk_report"]
        flag.save(update_fields=["priority"])
    distinct = flag.reports.values("reporter").distinct().count()
    if item is not None and distinct >= REPORTS_TO_HIDE and item.state == State.PUBLISHED:
        # Several members saw a problem: hide it until someone reviews it.
        item.state = State.HELD
        item.save(update_fields=["state"])
    return entry


# --- Moderation actions ---------------------------------------------------------------


def may_moderate(user, flag: Flag) -> bool:
    if is_platform_moderator(user):
        return True
    if flag.group is None or flag.status == Flag.Status.ESCALATED:
        return False
    return Membership.objects.filter(
        group=flag.group,
        user=user,
        state=Membership.State.ACTIVE,
        role__gte=Membership.Role.COFACILITATOR,
    ).exists()


PLATFORM_ONLY = {ModerationAction.SUSPEND}


@transaction.atomic
def act(
    *,
    actor,
    flag: Flag,
    action: str,
    reason: str,
    mute_days: int = 7,
    edited_body: str = "",
    outreach_message: str = "",
) -> LogEntry:
    from peerhaven.groups import services as group_services
    from peerhaven.sharing.models import State

    flag = (
        Flag.objects.select_for_update(of=("self",))
        .select_related("group", "post", "reply", "subject")
        .get(pk=flag.pk)
    )
    if not may_moderate(actor, flag):
        raise PermissionDenied("Not a moderator of this")
    if action not in ModerationAction.values or action in (
        ModerationAction.APPEAL_UPHELD,
        ModerationAction.APPEAL_DENIED,
        ModerationAction.ROOM_CONTROL,
    ):
        raise ActionRefused(_("That action does not exist."), code="bad_action")
    if action in PLATFORM_ONLY and not is_platform_moderator(actor):
        raise ActionRefused(
            _("Only platform moderators can suspend accounts."), code="platform_only"
        )
    if flag.status == Flag.Status.CLOSED:
        raise ActionRefused(_("Someone already dealt with this."), code="closed")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(
            _("Please give a reason; it is recorded and shown to the people it concerns."),
            code="reason_required",
        )
    item = flag.item
    subject = flag.subject
    close = True
    notice_subject = True
    if action == ModerationAction.DISMISS or action == ModerationAction.RELEASE:
        if item is not None and item.state == State.HELD:
            item.state = State.PUBLISHED
            item.save(update_fields=["state"])
        notice_subject = action == ModerationAction.RELEASE and flag.kind == Flag.Kind.HELD_FOR_CARE
    elif action in (ModerationAction.KEEP_HIDDEN, ModerationAction.REMOVE):
        if item is not None:
            item.state = State.REMOVED
            item.removal_reason = reason[:500]
            item.removed_by = actor
            item.save(update_fields=["state", "removal_reason", "removed_by"])
    elif action == ModerationAction.EDIT_OUT:
        if item is None or not edited_body.strip():
            raise ActionRefused(
                _("Give the text without the method details."), code="edit_required"
            )
        from peerhaven import markdown

        note = _("Edited by a moderator to remove method details.")
        item.body = f"{edited_body.strip()}\n\n*{note}*"
        item.body_html = markdown.render(item.body)
        item.state = State.PUBLISHED
        item.save(update_fields=["body", "body_html", "state"])
    elif action == ModerationAction.REACH_OUT:
        close = False
        if subject is not None:
            notify(user=subject, kind=Notification.Kind.CARE_OUTREACH, url="/safety/notices/")
    elif action == ModerationAction.MUTE:
        if flag.group is None or subject is None:
            raise ActionRefused(_("There is no group to mute in."), code="no_group")
        days = max(1, min(int(mute_days or 7), 90))
        Mute.objects.create(
            group=flag.group, user=subject, until=timezone.now() + timedelta(days=days)
        )
    elif action == ModerationAction.REMOVE_FROM_GROUP:
        membership = Membership.objects.filter(
            group=flag.group, user=subject, state=Membership.State.ACTIVE
        ).first()
        if membership is None:
            raise ActionRefused(_("That person is not in the group any more."), code="not_member")
        # A platform moderator may act in any group; the groups service checks the group role.
        if (
            is_platform_moderator(actor)
            and not Membership.objects.filter(
                group=flag.group,
                user=actor,
                state=Membership.State.ACTIVE,
                role__gte=Membership.Role.COFACILITATOR,
            ).exists()
        ):
            membership.state = Membership.State.REMOVED
            membership.reason = reason[:500]
            membership.decided_by = actor
            membership.decided_at = timezone.now()
            membership.save()
            from django.db.models import F

            Group.objects.filter(pk=flag.group_id).update(
                active_member_count=F("active_member_count") - 1
            )
        else:
            group_services.remove_member(
                actor=actor, group=flag.group, membership_id=membership.pk, reason=reason
            )
    elif action == ModerationAction.SUSPEND:
        from peerhaven.accounts.models import new_session_epoch

        subject.is_active = False
        subject.session_epoch = new_session_epoch()
        subject.save(update_fields=["is_active", "session_epoch"])
    elif action == ModerationAction.ESCALATE:
        flag.status = Flag.Status.ESCALATED
        flag.save(update_fields=["status"])
        close = False
        notice_subject = False
        notify_many(
            users=list(platform_moderators()),
            kind=Notification.Kind.MODERATION_ESCALATED,
            url=f"/moderation/flags/{flag.pk}/",
        )
    # warn: nothing changes but the notice itself
    from peerhaven.safety.signals import flag_decided

    flag_decided.send(sender=Flag, flag=flag, action=action, actor=actor)
    entry = _log(
        action=action, actor=actor, reason=reason, subject=subject, group=flag.group, flag=flag
    )
    if close:
        flag.status = Flag.Status.CLOSED
        flag.closed_at = timezone.now()
        flag.save(update_fields=["status", "closed_at"])
        outcome = str(ModerationAction(action).label)
        for entry_report in flag.reports.select_related("reporter"):
            entry_report.outcome = outcome
            entry_report.save(update_fields=["outcome"])
            notify(
                user=entry_report.reporter,
                kind=Notification.Kind.REPORT_OUTCOME,
                url="/safety/notices/",
            )
    if (
        notice_subject
        and subject is not None
        and action not in (ModerationAction.REACH_OUT, ModerationAction.DISMISS)
    ):
        notify(user=subject, kind=Notification.Kind.MODERATION_NOTICE, url="/safety/notices/")
    return entry


@transaction.atomic
def appeal(*, actor, entry: LogEntry, statement: str) -> Appeal:
    if entry.subject_id != actor.pk:
        raise PermissionDenied("Not your notice")
    if not (statement or "").strip():
        raise ActionRefused(_("Tell the moderators why you disagree."), code="empty")
    if Appeal.objects.filter(entry=entry).exists():
        raise ActionRefused(
            _("You have already appealed this decision; an appeal can be made once."),
            code="appealed",
        )
    created = Appeal.objects.create(entry=entry, member=actor, statement=statement.strip()[:2000])
    people = [user for user in platform_moderators() if user.pk != entry.actor_id]
    notify_many(
        users=people,
        kind=Notification.Kind.MODERATION_ESCALATED,
        url=f"/moderation/appeals/{created.pk}/",
    )
    return created


@transaction.atomic
def decide_appeal(*, actor, appeal_id: int, upheld: bool, reason: str) -> Appeal:
    item = Appeal.objects.select_for_update().select_related("entry").get(pk=appeal_id)
    if not is_platform_moderator(actor):
        raise PermissionDenied("Platform moderators review appeals")
    if item.entry.actor_id == actor.pk:
        raise ActionRefused(
            _("A different moderator must review this appeal."), code="same_moderator"
        )
    if item.decided_at is not None:
        raise ActionRefused(_("This appeal has already been decided."), code="decided")
    if not (reason or "").strip():
        raise ActionRefused(_("Please give a reason; it is recorded."), code="reason_required")
    item.decided_by = actor
    item.decided_at = timezone.now()
    item.upheld = upheld
    item.save()
    _log(
        action=ModerationAction.APPEAL_UPHELD if upheld else ModerationAction.APPEAL_DENIED,
        actor=actor,
        reason=reason,
        subject=item.member,
        group=item.entry.group,
        flag=item.entry.flag,
        appeal=item.pk,
    )
    notify(user=item.member, kind=Notification.Kind.MODERATION_NOTICE, url="/safety/notices/")
    return item


def record_removal(*, actor, group, subject, item: str, reason: str) -> LogEntry:
    """A post or reply removed from the feed by a facilitator goes into the same log, so the
    group's summary counts it and the writer may appeal it (the sharing app calls this)."""
    return _log(
        action=ModerationAction.REMOVE,
        actor=actor,
        reason=reason,
        subject=subject,
        group=group,
        item=item,
    )


def record_room_control(*, actor, group, subject, control: str, reason: str, **detail) -> LogEntry:
    """Live-room controls go into the same log (the live app calls this)."""
    return _log(
        action=ModerationAction.ROOM_CONTROL,
        actor=actor,
        reason=reason or control,
        subject=subject,
        group=group,
        control=control,
        **detail,
    )


# --- Blocking and mutes ---------------------------------------------------------------


@transaction.atomic
def block(*, actor, other) -> Block:
    if other.pk == actor.pk:
        raise ActionRefused(_("You can't block yourself."), code="self")
    found, _created = Block.objects.get_or_create(blocker=actor, blocked=other)
    return found


@transaction.atomic
def unblock(*, actor, other) -> None:
    Block.objects.filter(blocker=actor, blocked=other).delete()


def blocked_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True))


def has_blocked(blocker_id: int, blocked_id: int) -> bool:
    return Block.objects.filter(blocker_id=blocker_id, blocked_id=blocked_id).exists()


def is_muted(user, group) -> bool:
    return Mute.objects.filter(user=user, group=group, until__gt=timezone.now()).exists()
