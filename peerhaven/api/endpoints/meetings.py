from enum import Enum

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Schema
from pydantic import Field

from peerhaven.api import present
from peerhaven.api.auth import ANYONE
from peerhaven.api.endpoints import answers
from peerhaven.api.errors import ERROR_RESPONSES, ApiError
from peerhaven.api.schemas import MAX_ID, MeetingDetail, MeetingList, RSVPIn, RSVPOut, Text
from peerhaven.groups.access import LoginRequired, Need
from peerhaven.groups.models import Topic
from peerhaven.meetings import ical, recurrence, selectors, services
from peerhaven.meetings.forms import UpcomingFilterForm
from peerhaven.meetings.models import Meeting

router = Router(tags=["meetings"])

View = Enum(
    "View",
    {"drop_ins": "drop_ins", "going": "going", "my_groups": "my_groups"},
    type=str,
)
MeetingFormat = Enum("MeetingFormat", {value: value for value in Meeting.Format.values}, type=str)
TimeOfDay = Enum("TimeOfDay", {part: part for part in selectors.TIMES_OF_DAY}, type=str)


class UpcomingFilters(Schema):
    view: View = Field(
        View("drop_ins"),
        description="drop_ins: online meetings in the next 24 hours of open public groups; "
        "going: meetings I said I'm going to; my_groups: my groups' next 30 days.",
    )
    topic: Text | None = Field(None, max_length=60)
    format: MeetingFormat | None = None
    language: Text | None = Field(None, max_length=2)
    time: TimeOfDay | None = Field(None, description="Time of day in my time zone.")


OccurrenceId = Path(..., ge=1, le=MAX_ID)


@router.get("", response=answers(200, MeetingList), auth=ANYONE)
def list_meetings(request: HttpRequest, filters: Query[UpcomingFilters]):
    """Upcoming meetings, as on /meetings/."""
    form = UpcomingFilterForm({"topic": filters.topic or "", "language": filters.language or ""})
    form.is_valid()
    for name in ("topic", "language"):
        if name in form.errors:
            raise ApiError(
                422,
                f"unknown_{name}",
                _("There is no %(filter)s “%(value)s”.")
                % {"filter": name, "value": getattr(filters, name)},
            )
    user = request.user
    if filters.view.value != "drop_ins" and not user.is_authenticated:
        raise LoginRequired("Sign in to see your meetings")
    if filters.view.value == "going":
        return {
            "items": [present.meeting_card(occurrence) for occurrence in selectors.my_rsvps(user)]
        }
    narrowing = {
        "topic": Topic.objects.filter(slug=filters.topic).first() if filters.topic else None,
        "format": filters.format.value if filters.format else None,
        "language": filters.language or None,
    }
    zone = user.zone if user.is_authenticated else recurrence.zone("UTC")
    part = filters.time.value if filters.time else None
    if filters.view.value == "my_groups":
        occurrences = selectors.my_groups_meetings(user, zone=zone, part=part, **narrowing)
    else:
        occurrences = selectors.drop_ins_soon(zone=zone, part=part, **narrowing)
    return {"items": [present.meeting_card(occurrence) for occurrence in occurrences]}


@router.get("/{int:occurrence_id}", response=answers(200, MeetingDetail), auth=ANYONE)
def get_meeting(request: HttpRequest, occurrence_id: int = OccurrenceId):
    """A meeting; the address, directions and video link only for members going and
    facilitators."""
    access = selectors.access_occurrence(request.user, occurrence_id, need=Need.VIEW)
    occurrence = access.occurrence
    meeting = occurrence.meeting
    counts = selectors.counts(occurrence)
    data = present.meeting_card(occurrence)
    data.update(
        {
            "description_html": meeting.description_html,
            "time_zone": meeting.time_zone,
            "duration_minutes": meeting.duration_minutes,
            "repeat": meeting.repeat,
            "capacity_in_person": meeting.capacity_in_person,
            "capacity_online": meeting.capacity_online,
            "going_in_person": counts["in_person"],
            "going_online": counts["online"],
            "waitlisted": counts["waitlisted"],
            "my_rsvp": (
                {"status": access.rsvp.status, "mode": access.rsvp.mode}
                if access.rsvp is not None and access.group_access.is_member
                else None
            ),
            "may_rsvp": access.may_rsvp,
            "private": (
                {
                    "address": meeting.address,
                    "directions": meeting.directions,
                    "step_free": meeting.step_free,
                    "hearing_loop": meeting.hearing_loop,
                    "quiet_room": meeting.quiet_room,
                    "accessibility_notes": meeting.accessibility_notes,
                    "video_url": meeting.video_url,
                }
                if access.sees_private_details
                else None
            ),
        }
    )
    return data


@router.get(
    "/{int:occurrence_id}.ics",
    response=ERROR_RESPONSES,
    auth=ANYONE,
    openapi_extra={
        "responses": {
            "200": {
                "description": "An iCalendar file (RFC 5545)",
                "content": {"text/calendar": {"schema": {"type": "string"}}},
            }
        }
    },
)
def get_meeting_ics(request: HttpRequest, occurrence_id: int = OccurrenceId):
    """The meeting as a calendar file; with the address and link when you may see them."""
    access = selectors.access_occurrence(request.user, occurrence_id, need=Need.VIEW)
    payload = ical.occurrence_file(access.occurrence, private=access.sees_private_details)
    response = HttpResponse(payload, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{occurrence_id}.ics"'
    return response


@router.post("/{int:occurrence_id}/rsvp", response=answers(200, RSVPOut))
def rsvp(request: HttpRequest, payload: RSVPIn, occurrence_id: int = OccurrenceId):
    """Going or not going; a full meeting puts you on its waitlist (status `waitlisted`)."""
    access = selectors.access_occurrence(request.user, occurrence_id, need=Need.MEMBER)
    record = services.rsvp(
        actor=request.user,
        occurrence=access.occurrence,
        going=payload.going,
        mode=payload.mode.value if payload.mode else None,
    )
    return {"status": record.status, "mode": record.mode}
