from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from peerhaven.live import selectors, services
from peerhaven.live.models import MAX_MESSAGE, MAX_REASON, MAX_WORD, Participant
from peerhaven.sharing.models import Reaction

MUTE_CHOICES = (5, 10, 15, 30, 60)


def _strings() -> dict:
    """Everything room.js says, in the reader's language."""
    return {
        "anonymous": _("Anonymous member"),
        "former": _("Former member"),
        "removed_message": _("Removed by facilitator"),
        "facilitator": _("Facilitator"),
        "you": _("you"),
        "muted": _("muted"),
        "hand_up": _("hand raised"),
        "waiting": _("waiting"),
        "raise_hand": _("Raise my hand"),
        "lower_hand": _("Lower my hand"),
        "has_floor": _("%(name)s has the floor."),
        "you_have_floor": _("You have the floor."),
        "nobody_floor": _("Nobody has the floor yet."),
        "you_are_next": _("You are next."),
        "next_is": _("Next: %(name)s."),
        "nobody_next": _("No hands are up."),
        "time_left": _("%(time)s left"),
        "time_up": _("Time is up."),
        "opens_in": _(
            "The room opens in %(time)s. You can wait here: you will be let in automatically."
        ),
        "opens_on": _(
            "The room opens on %(when)s. You can wait here: you will be let in automatically."
        ),
        "opens_now": _("The room is about to open. You will be let in automatically."),
        "waiting_not_open": _("The room is not open yet. A facilitator will let you in."),
        "waiting_locked": _("The room is locked right now. A facilitator can let you in."),
        "waiting_closed": _(
            "The room is closed. If the facilitators open it again, you will be let in."
        ),
        "state_scheduled": _("The room is not open yet."),
        "state_open": _("The room is open."),
        "state_locked": _("The room is locked: nobody new can come in."),
        "state_closed": _("The room is closed."),
        "slow_mode": _("Slow mode: one message every %(seconds)s seconds."),
        "round_your_turn": _("Check-in round: it's your turn. Share one word or emoji, or pass."),
        "round_turn": _("Check-in round: %(name)s's turn."),
        "round_over": _("The check-in round is over."),
        "passed": _("passed"),
        "checked_in": _("checked in:"),
        "react": _("React"),
        "remove_message": _("Remove message"),
        "give_floor": _("Give the floor"),
        "mute": _("Mute…"),
        "unmute": _("Unmute"),
        "remove_person": _("Remove from room…"),
        "let_in": _("Let in"),
        "actions_for": _("Actions for %(name)s"),
        "mute_title": _("Mute %(name)s"),
        "remove_title": _("Remove %(name)s from the room"),
        "delete_title": _("Remove this message"),
        "close_title": _("Close the room"),
        "close_text": _("Members go back to the waiting room. You can open the room again."),
        "reason_required": _("Please give a reason; it is recorded."),
        "connecting": _("Connecting…"),
        "connected": _("Connected."),
        "reconnecting": _("The connection was lost. Reconnecting…"),
        "refused": _(
            "You can't enter this room. It is for members who said they are going, "
            "and for the group's facilitators."
        ),
        "removed_you": _("A facilitator removed you from this room."),
        "entered": _("You are in the room."),
        "role_changed": _(
            "Your role in the group changed. Reload the page for the right controls."
        ),
        "care_alert": _(
            "%(name)s may need support: their message was held for care, and they now see "
            "crisis lines."
        ),
        "care_alert_shown": _("%(name)s may need support: they now see crisis lines."),
        "care_open_flag": _("Open the care flag"),
        "care_announce": _(
            "A message about support and crisis lines is shown at the top of the room."
        ),
        "care_thanks_safe": _(
            "Thank you for letting us know. Get help now is always one tap away."
        ),
        "care_thanks_outreach": _(
            "We've asked the group's facilitators to reach out to you. You are not alone."
        ),
        "care_failed": _("That did not go through. Please try again."),
        "nobody_here": _("Nobody else is here yet."),
        "nobody_waiting": _("Nobody is waiting."),
        "minutes": _("%(n)s min"),
        "reactions": {code: str(label) for code, label in Reaction.choices},
    }


@login_required
@require_safe
def room(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    try:
        room_access = selectors.access_room(request.user, occurrence_id)
    except selectors.NotGoing as refused:
        occurrence = refused.occurrence_access.occurrence
        return render(
            request,
            "live/not_going.html",
            {"occurrence": occurrence, "meeting": occurrence.meeting, "group": occurrence.group},
            status=403,
        )
    occurrence = room_access.occurrence
    participant = Participant.objects.filter(room__occurrence=occurrence, user=request.user).first()
    if participant is not None and participant.removed_at and not room_access.facilitates:
        return render(
            request,
            "live/removed.html",
            {"occurrence": occurrence, "meeting": occurrence.meeting, "group": occurrence.group},
            status=403,
        )
    context = {
        "occurrence": occurrence,
        "meeting": occurrence.meeting,
        "group": occurrence.group,
        "facilitator": room_access.facilitates,
        "choose_appearance": participant is None and not room_access.facilitates,
        "anonymous": participant is not None and participant.anonymous,
        "socket_path": f"/ws/rooms/{occurrence.pk}/",
        "strings": _strings(),
        "timer_choices": [seconds // 60 for seconds in services.TIMER_CHOICES if seconds],
        "slow_mode_choices": [seconds for seconds in services.SLOW_MODE_CHOICES if seconds],
        "mute_choices": MUTE_CHOICES,
        "max_message": MAX_MESSAGE,
        "max_word": MAX_WORD,
        "max_reason": MAX_REASON,
    }
    return render(request, "live/room.html", context)
