from peerhaven.accounts import data_rights
from peerhaven.meetings.models import RSVP, CalendarFeed, Meeting, MeetingMessage, ReminderSent


def _export(user) -> dict:
    return {
        "rsvps": [
            {
                "meeting": rsvp.occurrence.meeting.title,
                "start": rsvp.occurrence.start.isoformat(),
                "status": rsvp.status,
                "mode": rsvp.mode,
                "attended": rsvp.attended,
            }
            for rsvp in RSVP.objects.filter(user=user).select_related("occurrence__meeting")
        ],
        "messages_sent_to_attendees": [
            {"body": message.body, "sent_at": message.created_at.isoformat()}
            for message in MeetingMessage.objects.filter(author=user)
        ],
        "calendar_feed": CalendarFeed.objects.filter(user=user).exists(),
    }


def _erase(user) -> None:
    RSVP.objects.filter(user=user).delete()
    ReminderSent.objects.filter(user=user).delete()
    CalendarFeed.objects.filter(user=user).delete()
    # A facilitator's message to a meeting stays for those who received it, without a name.
    MeetingMessage.objects.filter(author=user).update(author=None)
    Meeting.objects.filter(created_by=user).update(created_by=None)


data_rights.register(
    "meetings",
    models=[RSVP, ReminderSent, CalendarFeed, MeetingMessage, Meeting],
    export=_export,
    erase=_erase,
)
