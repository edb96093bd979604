"""Changes made elsewhere that may end someone's place in a live room.

Accounts, memberships and RSVPs are written by other apps' services; when one
changes, the person's sockets are asked to check again: the session, then the
same access rule (`services.still_allowed`). The event leaves after commit, so a
removed member's sockets close before any frame sent after the removal.
"""

import asyncio

from channels.layers import get_channel_layer
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from peerhaven.accounts.models import User
from peerhaven.events import send_event
from peerhaven.groups.models import Membership
from peerhaven.live.channel_groups import user_group
from peerhaven.meetings.models import RSVP
from peerhaven.safety.signals import flag_decided, flag_item


def _send_check(user_id: int) -> None:
    group, event = user_group(user_id), {"type": "access.check"}
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        send_event(group, event)
    else:
        # A write made from code with an event loop running in this thread (a test
        # driving a browser, an async view): async_to_sync cannot run here.
        layer = get_channel_layer()
        if layer is not None:
            loop.create_task(layer.group_send(group, event))


def _check_again(user_id: int) -> None:
    # These receivers run inside other apps' writes, after commit as
    # send_event_on_commit does, but robust: a failure to reach the sockets is
    # logged and never fails the write that caused it.
    transaction.on_commit(lambda: _send_check(user_id), robust=True)


@receiver(post_save, sender=User)
def account_saved(sender, instance: User, created: bool, update_fields=None, **kwargs) -> None:
    # Suspension and "log out everywhere" end a person's sockets as they end their pages.
    if created:
        return
    if update_fields is None or {"is_active", "session_epoch"} & set(update_fields):
        _check_again(instance.pk)


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


# --- Moderation of messages held for care -------------------------------------------


@receiver(flag_decided)
def follow_the_moderators_decision(sender, flag, action, actor, **kwargs) -> None:
    """A held message joins the room's log when released (or the flag dismissed), and is
    marked removed when kept hidden or removed; it is never deleted."""
    from peerhaven.live import services

    services.follow_moderation(flag=flag, action=action, actor=actor)


@receiver(flag_item)
def describe_held_message(sender, flag, **kwargs) -> dict | None:
    from peerhaven.live import selectors

    return selectors.flagged_message(flag)
