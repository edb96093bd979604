"""Every write about groups and memberships."""

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from peerhaven import markdown
from peerhaven.errors import ActionRefused
from peerhaven.groups import search
from peerhaven.groups.access import Need, check
from peerhaven.groups.models import Group, InviteLink, Membership
from peerhaven.notifications.models import Notification
from peerhaven.notifications.services import notify

Role = Membership.Role
State = Membership.State


def unique_slug(name: str) -> str:
    base = slugify(name)[:60].strip("-") or "group"
    slug = base
    number = 2
    while Group.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


def _apply_fields(group: Group, data: dict[str, Any]) -> bool:
    """Copy form data onto the group; returns whether the guidelines changed."""
    guidelines_changed = "guidelines" in data and data["guidelines"] != group.guidelines
    for field in (
        "name",
        "description",
        "language",
        "format",
        "listing",
        "join_policy",
        "member_cap",
        "guidelines",
        "members_note",
        "time_zone",
    ):
        if field in data:
            setattr(group, field, data[field])
    city = data.get("city")
    if group.format == Group.Format.ONLINE and city is None:
        group.city_geonameid = None
        group.city_name = group.country = ""
        group.latitude = group.longitude = None
    elif city is not None:
        group.city_geonameid = city.geonameid
        group.city_name = city.name
        group.country = city.country
        group.latitude, group.longitude = city.latitude, city.longitude
        if not data.get("time_zone"):
            group.time_zone = city.time_zone
    if group.format != Group.Format.ONLINE and group.city_geonameid is None:
        raise ActionRefused(_("An in-person or hybrid group needs a city."), code="city_required")
    group.description_html = markdown.render(group.description)
    group.guidelines_html = markdown.render(group.guidelines)
    group.members_note_html = markdown.render(group.members_note)
    return guidelines_changed


@transaction.atomic
def create_group(*, actor, data: dict[str, Any]) -> Group:
    if not actor.is_authenticated or not actor.has_current_coc:
        raise ActionRefused(
            _("Accept the code of conduct before starting a group."), code="coc_required"
        )
    group = Group(slug=unique_slug(data["name"]), created_by=actor)
    _apply_fields(group, data)
    group.active_member_count = 1
    group.save()
    group.topics.set(data.get("topics", []))
    group.audiences.set(data.get("audiences", []))
    now = timezone.now()
    Membership.objects.create(
        group=group,
        user=actor,
        role=Role.FACILITATOR,
        state=State.ACTIVE,
        guidelines_version=group.guidelines_version,
        coc_version=actor.coc_version,
        accepted_at=now,
    )
    search.index_group(group)
    return group


@transaction.atomic
def update_group(*, actor, group: Group, data: dict[str, Any]) -> Group:
    group = Group.objects.select_for_update().get(pk=group.pk)
    check(actor, group, need=Need.FACILITATOR)
    if (
        "member_cap" in data
        and data["member_cap"] is not None
        and data["member_cap"] < group.active_member_count
    ):
        raise ActionRefused(
            ngettext(
                "The member cap cannot be below the %(count)d member the group already has.",
                "The member cap cannot be below the %(count)d members the group already has.",
                group.active_member_count,
            )
            % {"count": group.active_member_count},
            code="cap_below_members",
        )
    if _apply_fields(group, data):
        # Members accepted the old guidelines; the version tells which.
        group.guidelines_version = F("guidelines_version") + 1
    group.save()
    group.refresh_from_db()
    if "topics" in data:
        group.topics.set(data["topics"])
    if "audiences" in data:
        group.audiences.set(data["audiences"])
    search.index_group(group)
    return group


@transaction.atomic
def delete_group(*, actor, group: Group) -> None:
    group = Group.objects.select_for_update().get(pk=group.pk)
    check(actor, group, need=Need.FACILITATOR)
    search.remove_group(group.pk)
    group.delete()


def _locked(group: Group) -> Group:
    return Group.objects.select_for_update().get(pk=group.pk)


def _activate(membership: Membership, group: Group, *, when) -> None:
    if group.is_full:
        raise ActionRefused(
            _("This group is full. Try again later, or look for a similar group."),
            code="group_full",
        )
    membership.state = State.ACTIVE
    membership.accepted_at = membership.accepted_at or when
    membership.save()
    Group.objects.filter(pk=group.pk).update(active_member_count=F("active_member_count") + 1)
    group.active_member_count += 1


@transaction.atomic
def join_group(
    *,
    actor,
    group: Group,
    guidelines_version: int,
    message: str = "",
    invite: InviteLink | None = None,
) -> Membership:
    """Join at once or ask to join, recording the guidelines and code of conduct accepted."""
    group = _locked(group)
    if not actor.has_current_coc:
        raise ActionRefused(_("Please accept the code of conduct first."), code="coc_required")
    if guidelines_version != group.guidelines_version:
        raise ActionRefused(
            _("The group's guidelines changed while you were reading. Please read them again."),
            code="guidelines_changed",
        )
    via_invite = invite is not None and invite.group_id == group.pk and invite.is_usable
    if group.listing == Group.Listing.HIDDEN and not via_invite:
        raise ActionRefused(
            _("This group can only be joined through a valid invite link."), code="invite_required"
        )
    membership = Membership.objects.filter(group=group, user=actor).first()
    if membership is not None:
        if membership.state == State.ACTIVE:
            raise ActionRefused(_("You are already a member of this group."), code="already_member")
        if membership.state == State.REQUESTED:
            raise ActionRefused(
                _("Your request is already waiting for a facilitator."), code="already_requested"
            )
        if membership.state == State.REMOVED:
            raise ActionRefused(
                _("A facilitator removed you from this group, so you cannot join it again."),
                code="removed",
            )
    else:
        membership = Membership(group=group, user=actor)
    now = timezone.now()
    membership.role = Role.MEMBER
    membership.request_message = message[:500]
    membership.guidelines_version = group.guidelines_version
    membership.coc_version = actor.coc_version
    membership.accepted_at = now
    membership.decided_by = None
    membership.decided_at = None
    membership.reason = ""
    if group.joins_at_once or via_invite:
        _activate(membership, group, when=now)
        if via_invite:
            InviteLink.objects.filter(pk=invite.pk).update(uses=F("uses") + 1)
    else:
        if group.is_full:
            raise ActionRefused(
                _("This group is full. Try again later, or look for a similar group."),
                code="group_full",
            )
        membership.state = State.REQUESTED
        membership.created_at = now
        membership.save()
        for facilitator in Membership.objects.filter(
            group=group, state=State.ACTIVE, role__gte=Role.COFACILITATOR
        ).select_related("user"):
            notify(
                user=facilitator.user,
                kind=Notification.Kind.JOIN_REQUESTED,
                url=f"/groups/{group.slug}/requests/",
                group=group,
            )
    return membership


@transaction.atomic
def decide_request(*, actor, membership: Membership, approve: bool, reason: str = "") -> Membership:
    group = _locked(membership.group)
    check(actor, group, need=Need.COFACILITATOR)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.group_id != group.pk or membership.state != State.REQUESTED:
        raise ActionRefused(_("This request has already been answered."), code="not_pending")
    now = timezone.now()
    membership.decided_by = actor
    membership.decided_at = now
    membership.reason = reason[:500]
    if approve:
        _activate(membership, group, when=now)
        kind = Notification.Kind.JOIN_APPROVED
    else:
        membership.state = State.DECLINED
        membership.accepted_at = None
        membership.save()
        kind = Notification.Kind.JOIN_DECLINED
    notify(user=membership.user, kind=kind, url=group.get_absolute_url(), group=group)
    return membership


def _other_facilitators(group: Group, membership: Membership) -> int:
    return (
        Membership.objects.filter(group=group, state=State.ACTIVE, role=Role.FACILITATOR)
        .exclude(pk=membership.pk)
        .count()
    )


def _deactivate(membership: Membership, group: Group, *, state: str, actor, reason: str) -> None:
    was_active = membership.state == State.ACTIVE
    if (
        was_active
        and membership.role == Role.FACILITATOR
        and _other_facilitators(group, membership) == 0
    ):
        raise ActionRefused(
            _("A group always needs a facilitator. Make someone else facilitator first."),
            code="last_facilitator",
        )
    membership.state = state
    membership.role = Role.MEMBER
    membership.decided_by = actor
    membership.decided_at = timezone.now()
    membership.reason = reason[:500]
    membership.save()
    if was_active:
        Group.objects.filter(pk=group.pk).update(active_member_count=F("active_member_count") - 1)


@transaction.atomic
def leave_group(*, actor, group: Group) -> None:
    group = _locked(group)
    membership = Membership.objects.select_for_update().filter(group=group, user=actor).first()
    if membership is None or membership.state not in (State.ACTIVE, State.REQUESTED):
        raise ActionRefused(_("You are not a member of this group."), code="not_member")
    _deactivate(membership, group, state=State.LEFT, actor=actor, reason="")


@transaction.atomic
def remove_member(*, actor, group: Group, membership_id: int, reason: str) -> Membership:
    group = _locked(group)
    access = check(actor, group, need=Need.COFACILITATOR)
    membership = (
        Membership.objects.select_for_update().filter(group=group, pk=membership_id).first()
    )
    if membership is None or membership.state != State.ACTIVE:
        raise ActionRefused(
            _("That person is not an active member of this group."), code="not_member"
        )
    if membership.user_id == actor.pk:
        raise ActionRefused(_("To leave the group yourself, use Leave group."), code="self")
    if membership.role >= access.role:
        raise ActionRefused(
            _("Only a facilitator can remove a co-facilitator or facilitator."), code="role"
        )
    if not reason.strip():
        raise ActionRefused(_("Please give a reason; it is recorded."), code="reason_required")
    _deactivate(membership, group, state=State.REMOVED, actor=actor, reason=reason)
    notify(user=membership.user, kind=Notification.Kind.REMOVED, group=group)
    return membership


@transaction.atomic
def change_role(*, actor, group: Group, membership_id: int, role: int) -> Membership:
    group = _locked(group)
    check(actor, group, need=Need.FACILITATOR)
    if role not in Role.values:
        raise ActionRefused(_("That role does not exist."), code="bad_role")
    membership = (
        Membership.objects.select_for_update().filter(group=group, pk=membership_id).first()
    )
    if membership is None or membership.state != State.ACTIVE:
        raise ActionRefused(
            _("That person is not an active member of this group."), code="not_member"
        )
    if (
        membership.role == Role.FACILITATOR
        and role != Role.FACILITATOR
        and _other_facilitators(group, membership) == 0
    ):
        raise ActionRefused(
            _("A group always needs a facilitator. Make someone else facilitator first."),
            code="last_facilitator",
        )
    membership.role = role
    membership.save(update_fields=["role", "updated_at"])
    notify(
        user=membership.user,
        kind=Notification.Kind.ROLE_CHANGED,
        url=group.get_absolute_url(),
        group=group,
    )
    return membership


INVITE_DAYS = (1, 7, 30)


@transaction.atomic
def create_invite(*, actor, group: Group, days: int = 7) -> InviteLink:
    check(actor, group, need=Need.COFACILITATOR)
    if days not in INVITE_DAYS:
        raise ActionRefused(_("Choose how long the link works: 1, 7 or 30 days."), code="bad_days")
    return InviteLink.objects.create(
        group=group, created_by=actor, expires_at=timezone.now() + timedelta(days=days)
    )


@transaction.atomic
def revoke_invite(*, actor, group: Group, invite_id: int) -> InviteLink:
    check(actor, group, need=Need.COFACILITATOR)
    invite = InviteLink.objects.filter(group=group, pk=invite_id).first()
    if invite is None:
        raise ActionRefused(_("That invite link does not exist."), code="no_invite")
    if invite.revoked_at is None:
        invite.revoked_at = timezone.now()
        invite.save(update_fields=["revoked_at"])
    return invite
