"""Changes made elsewhere that may end someone's place in a live room.

Memberships and RSVPs are written by the groups and meetings services; when
one changes, the person's sockets are asked to check again through the same
access rule (`services.still_allowed`). The event leaves after commit, so a
removed member's sockets close before any frame sent after the removal.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from peerhaven.events import send_event_on_commit
from peerhaven.groups.models import Membership
from peerhaven.live.services import user_group
from peerhaven.meetings.models import RSVP


def _check_again(user_id: int) -> None:
    send_event_on_commit(user_group(user_id), {"type": "access.check"})


@receiver(post_save, sender=Membership)
def membership_saved(sender, instance: Membership, created: bool, **kwargs) -> None:
    # A new membership row cannot take anyone out of a room; any change to an
    # existing one (left, removed, role) may.
    if not created:
        _check_again(instance.user_id)


@receiver(post_delete, sender=Membership)
def membership_deleted(sender, instance: Membership, **kwargs) -> None:
    _check_again(instance.user_id)


@receiver(post_save, sender=RSVP)
def rsvp_saved(sender, instance: RSVP, created: bool, **kwargs) -> None:
    if not created and instance.status != RSVP.Status.GOING:
        _check_again(instance.user_id)


@receiver(post_delete, sender=RSVP)
def rsvp_deleted(sender, instance: RSVP, **kwargs) -> None:
    _check_again(instance.user_id)
