"""Who may see a group, its members and its content, and who may act on it.

This is the only module that decides. Views, the API, search, feeds, calendar
feeds, WebSocket consumers and notifications all ask it.

The rules:
- A listed group (public or private) shows its public page to anyone; a
  hidden group exists only for its active members (and for someone holding a
  valid invite link, who sees the join page). To everyone else it is the
  same 404 as a group that does not exist.
- Group content and the member list are for active members only, whatever
  the listing. Platform staff are not members: they see what any non-member
  sees (moderation reaches reported content through its own queue).
- Co-facilitators approve requests, remove members and manage invite links;
  facilitators also edit the group and change roles.
"""

from dataclasses import dataclass
from enum import IntEnum

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from peerhaven.groups.models import Group, Membership
from peerhaven.web import versions


class Need(IntEnum):
    VIEW = 0  # the group's public page
    MEMBER = 1  # content and the member list
    COFACILITATOR = 2  # requests, removing members, invite links
    FACILITATOR = 3  # editing the group, roles


class LoginRequired(PermissionDenied):
    """The answer depends on who is asking: the visitor should sign in."""


@dataclass(frozen=True)
class GroupAccess:
    group: Group
    membership: Membership | None

    @property
    def role(self) -> int:
        if self.membership is not None and self.membership.is_active:
            return self.membership.role
        return 0

    @property
    def is_member(self) -> bool:
        return self.role >= Membership.Role.MEMBER

    @property
    def can_moderate(self) -> bool:
        return self.role >= Membership.Role.COFACILITATOR

    @property
    def can_edit(self) -> bool:
        return self.role >= Membership.Role.FACILITATOR

    @property
    def is_pending(self) -> bool:
        return self.membership is not None and self.membership.state == Membership.State.REQUESTED

    def allows(self, need: Need) -> bool:
        return self.role >= need


def membership_of(user, group: Group) -> Membership | None:
    if user is None or not user.is_authenticated:
        return None
    return Membership.objects.filter(group=group, user=user).first()


def can_see_group(group: Group, membership: Membership | None) -> bool:
    if group.listing != Group.Listing.HIDDEN:
        return True
    return membership is not None and membership.is_active


def check(
    user, group: Group, *, need: Need = Need.VIEW, membership: Membership | None = None
) -> GroupAccess:
    """Decide for a group already loaded; raises Http404, LoginRequired or PermissionDenied."""
    if membership is None:
        membership = membership_of(user, group)
    access = GroupAccess(group, membership)
    if not can_see_group(group, membership):
        raise Http404("No such group")
    return _admit(user, access, need)


def _admit(user, access: GroupAccess, need: Need) -> GroupAccess:
    if access.allows(need):
        return access
    if user is None or not user.is_authenticated:
        raise LoginRequired("Sign in to see this")
    raise PermissionDenied("Not allowed in this group")


def access_group(user, slug: str, *, need: Need = Need.VIEW) -> GroupAccess:
    """The group called `slug` with the asker's membership, or an exception that says why not."""
    group = Group.objects.select_related("language").filter(slug=slug).first()
    if group is None:
        raise Http404("No such group")
    return check(user, group, need=need)


ACCESS_SECONDS = 30


def remembered_access(user, slug: str, *, need: Need = Need.VIEW) -> GroupAccess:
    """access_group(), for pages read again and again: the group with the asker's membership
    is kept until any group is saved or deleted (the directory version), the asker's
    memberships or account change (their reader version) or the group's memberships change
    (its version: the member count is written with an UPDATE), so a removed member is
    refused at their next request. Only a group the asker may see is kept; the need is
    decided afresh."""
    reader = user.pk if user is not None and user.is_authenticated else "anonymous"
    directory, mine = versions.read([versions.DIRECTORY, versions.reader(reader)])
    key = f"group-access:{directory}:{reader}:{mine}:{slug}"
    kept = cache.get(key)
    if kept is not None:
        access, group_version = kept
        if versions.read([versions.group(access.group.pk)])[0] == group_version:
            return _admit(user, access, need)
    access = access_group(user, slug, need=Need.VIEW)
    group_version = versions.read([versions.group(access.group.pk)])[0]
    cache.set(key, (access, group_version), timeout=ACCESS_SECONDS)
    return _admit(user, access, need)


def listed_groups() -> QuerySet[Group]:
    """Groups anyone may find in the directory: never hidden ones."""
    return Group.objects.exclude(listing=Group.Listing.HIDDEN)


def visible_groups_q(user) -> Q:
    """A filter for groups whose public page `user` may see."""
    listed = ~Q(listing=Group.Listing.HIDDEN)
    if user is None or not user.is_authenticated:
        return listed
    return listed | Q(memberships__user=user, memberships__state=Membership.State.ACTIVE)


def groups_with_content_for(user) -> QuerySet[Group]:
    """Groups whose content `user` may read: their active memberships."""
    if user is None or not user.is_authenticated:
        return Group.objects.none()
    return Group.objects.filter(memberships__user=user, memberships__state=Membership.State.ACTIVE)


def may_read_content(user, group: Group) -> bool:
    membership = membership_of(user, group)
    return membership is not None and membership.is_active
