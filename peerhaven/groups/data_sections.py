from django.db.models import F

from peerhaven.accounts import data_rights
from peerhaven.groups import search
from peerhaven.groups.models import Group, InviteLink, Membership


def _export(user) -> list[dict]:
    return [
        {
            "group": membership.group.name,
            "role": membership.get_role_display(),
            "state": membership.state,
            "request_message": membership.request_message,
            "guidelines_version_accepted": membership.guidelines_version,
            "code_of_conduct_version_accepted": membership.coc_version,
            "accepted_at": membership.accepted_at.isoformat() if membership.accepted_at else None,
            "since": membership.created_at.isoformat(),
        }
        for membership in Membership.objects.filter(user=user).select_related("group")
    ]


def _erase(user) -> None:
    for membership in Membership.objects.select_related("group").filter(user=user):
        group = membership.group
        if membership.state == Membership.State.ACTIVE:
            others = Membership.objects.filter(group=group, state=Membership.State.ACTIVE).exclude(
                pk=membership.pk
            )
            if (
                membership.role == Membership.Role.FACILITATOR
                and not others.filter(role=Membership.Role.FACILITATOR).exists()
            ):
                successor = others.order_by("-role", "created_at").first()
                if successor is None:
                    # Nobody is left to look after the group.
                    search.remove_group(group.pk)
                    group.delete()
                    continue
                successor.role = Membership.Role.FACILITATOR
                successor.save(update_fields=["role", "updated_at"])
            Group.objects.filter(pk=group.pk).update(
                active_member_count=F("active_member_count") - 1
            )
        membership.delete()
    Membership.objects.filter(decided_by=user).update(decided_by=None)
    Group.objects.filter(created_by=user).update(created_by=None)
    InviteLink.objects.filter(created_by=user).update(created_by=None)


data_rights.register("groups", models=[Membership, Group, InviteLink], export=_export, erase=_erase)
