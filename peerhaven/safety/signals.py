"""How other apps take part in moderation of the items they hold (live-room messages).

The safety app knows posts and replies; an app with other flagged items answers these
signals so that moderators see the item on the flag page and their decision reaches it.
"""

from django.dispatch import Signal

# Sent by services.act() inside its transaction, after the action was applied:
# keyword arguments flag, action, actor.
flag_decided = Signal()

# Sent by the flag page: a receiver returns a dict with "label", "body" (plain text),
# "state" and "url" for an item of its own linked to the flag, or None.
flag_item = Signal()
