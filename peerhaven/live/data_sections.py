from peerhaven.accounts import data_rights
from peerhaven.live.models import ControlRecord, Entry, Participant


def _export(user) -> dict:
    return {
        "rooms": [
            {
                "meeting": person.room.occurrence.meeting.title,
                "start": person.room.occurrence.start.isoformat(),
                "anonymous": person.anonymous,
                "first_joined_at": person.first_joined_at.isoformat(),
                "muted_until": person.muted_until.isoformat() if person.muted_until else None,
                "removed_at": person.removed_at.isoformat() if person.removed_at else None,
            }
            for person in Participant.objects.filter(user=user).select_related(
                "room__occurrence__meeting"
            )
        ],
        "messages": [
            {
                "kind": entry.kind,
                "body": entry.body,
                "anonymous": entry.anonymous,
                "held": entry.held,
                "removed_by_facilitator": entry.removed_at is not None,
                "sent_at": entry.created_at.isoformat(),
            }
            for entry in Entry.objects.filter(
                author=user, kind__in=[Entry.Kind.MESSAGE, Entry.Kind.CHECK_IN, Entry.Kind.PASS]
            )
        ],
        "room_controls_about_me": [
            {
                "action": record.action,
                "reason": record.reason,
                "details": record.details,
                "at": record.created_at.isoformat(),
            }
            for record in ControlRecord.objects.filter(subject=user)
        ],
        "room_controls_i_used": [
            {
                "action": record.action,
                "reason": record.reason,
                "details": record.details,
                "at": record.created_at.isoformat(),
            }
            for record in ControlRecord.objects.filter(actor=user)
        ],
    }


def _erase(user) -> None:
    # Messages stay so the room's log still makes sense; the erased account
    # shows as "Former member". Presence, reactions and connections go with
    # the participant rows. The control log is a moderation record: it keeps
    # the action, its reason and the time.
    Participant.objects.filter(user=user).delete()


data_rights.register(
    "live",
    models=[Participant, Entry, ControlRecord],
    export=_export,
    erase=_erase,
)
