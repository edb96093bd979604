"""Events out of services, into live rooms.

A service calls `send_event_on_commit(group, event)`; the event reaches the
channel layer only once the transaction commits, so a rolled-back write never
shows up in a room. Consumers authorize in connect() and only relay.
"""

from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction


def send_event(group: str, event: dict[str, Any]) -> None:
    layer = get_channel_layer()
    if layer is not None:
        async_to_sync(layer.group_send)(group, event)


def send_event_on_commit(group: str, event: dict[str, Any]) -> None:
    """Send `event` (a dict with a "type") to the channel group `group` after commit."""
    if "type" not in event:
        raise ValueError("a channel event needs a 'type'")
    transaction.on_commit(lambda: send_event(group, event))
