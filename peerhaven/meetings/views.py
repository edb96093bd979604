from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, access_group
from peerhaven.groups.models import Group, Topic
from peerhaven.meetings import ical, recurrence, selectors, services
from peerhaven.meetings.forms import (
    EditScopeForm,
    MeetingForm,
    MessageForm,
    RSVPForm,
    UpcomingFilterForm,
)
from peerhaven.meetings.models import CalendarFeed


@require_safe
def upcoming(request: HttpRequest) -> HttpResponse:
    form = UpcomingFilterForm(request.GET)
    form.is_valid()
    data = (
        {name: value for name, value in form.cleaned_data.items() if name not in form.errors}
        if form.is_bound
        else {}
    )
    notes = [
        _("Ignored the value given for “%(filter)s”.") % {"filter": form.fields[name].label}
        for name in form.errors
    ]
    filters = {
        "topic": Topic.objects.filter(slug=data["topic"]).first() if data.get("topic") else None,
        "format": data.get("format") or None,
        "language": data.get("language") or None,
    }
    zone = request.user.zone if request.user.is_authenticated else recurrence.zone("UTC")
    part = data.get("time") or None
    context = {
        "form": form,
        "notes": notes,
        "drop_ins": selectors.drop_ins_soon(zone=zone, part=part, **filters),
    }
    if request.user.is_authenticated:
        context["mine"] = selectors.my_rsvps(request.user)
        context["groups_meetings"] = selectors.my_groups_meetings(
            request.user, zone=zone, part=part, **filters
        )
    return render(request, "meetings/upcoming.html", context)


def _detail_context(request: HttpRequest, occurrence_access) -> dict:
    occurrence = occurrence_access.occurrence
    context = {
        "occurrence": occurrence,
        "meeting": occurrence.meeting,
        "group": occurrence.group,
        "oa": occurrence_access,
        "counts": selectors.counts(occurrence),
        "group_zone": occurrence.meeting.time_zone,
    }
    if request.user.is_authenticated and request.user.time_zone != occurrence.meeting.time_zone:
        context["viewer_start"] = True
    if occurrence_access.group_access.is_member:
        context["messages_for_attendees"] = (
            selectors.messages_for(occurrence)
            if occurrence_access.rsvp or occurrence_access.manages
            else []
        )
    return context


@require_safe
def detail(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = selectors.access_occurrence(request.user, occurrence_id, need=Need.VIEW)
    return render(request, "meetings/detail.html", _detail_context(request, occurrence_access))


@require_safe
def occurrence_ics(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = selectors.access_occurrence(request.user, occurrence_id, need=Need.VIEW)
    payload = ical.occurrence_file(
        occurrence_access.occurrence, private=occurrence_access.sees_private_details
    )
    response = HttpResponse(payload, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{occurrence_id}.ics"'
    return response


@login_required
@require_POST
def rsvp(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = selectors.access_occurrence(request.user, occurrence_id, need=Need.MEMBER)
    form = RSVPForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose going or not going."))
        return redirect(occurrence_access.occurrence.get_absolute_url())
    try:
        record = services.rsvp(
            actor=request.user,
            occurrence=occurrence_access.occurrence,
            going=form.cleaned_data["going"],
            mode=form.cleaned_data.get("mode") or None,
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        text = {
            "going": _("You are going. See you there."),
            "waitlisted": _(
                "The meeting is full, so you are on the waitlist. We'll tell you if a place opens up."
            ),
            "not_going": _("Thanks for letting the group know."),
        }[record.status]
        messages.success(request, text)
    return redirect(occurrence_access.occurrence.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def schedule(request: HttpRequest, slug: str) -> HttpResponse:
    group_access = access_group(request.user, slug, need=Need.COFACILITATOR)
    group = group_access.group
    form = MeetingForm(
        request.POST or None, time_zone=group.time_zone, initial={"format": group.format}
    )
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.schedule_meeting(
                actor=request.user, group=group, data=form.cleaned_data
            )
        except ActionRefused as refused:
            form.add_error(
                "local_start" if refused.code.startswith(("time", "start")) else None,
                refused.message,
            )
        else:
            messages.success(request, _("The meeting is scheduled."))
            return redirect(meeting.occurrences.order_by("start").first().get_absolute_url())
    return render(request, "meetings/form.html", {"form": form, "group": group, "creating": True})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = selectors.access_occurrence(
        request.user, occurrence_id, need=Need.COFACILITATOR
    )
    occurrence = occurrence_access.occurrence
    meeting = occurrence.meeting
    local = recurrence.to_local(occurrence.start, meeting.time_zone).replace(tzinfo=None)
    form = MeetingForm(
        request.POST or None,
        instance=meeting,
        time_zone=meeting.time_zone,
        initial={"local_start": local},
    )
    scope_form = EditScopeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and scope_form.is_valid():
        try:
            services.update_meeting(
                actor=request.user,
                occurrence=occurrence,
                data=form.cleaned_data,
                scope=scope_form.cleaned_data["scope"],
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Saved. Everyone going has been told."))
            return redirect(occurrence.get_absolute_url())
    # The form must not save the model itself: the service decides what changes.
    form.instance = meeting.__class__.objects.get(pk=meeting.pk)
    return render(
        request,
        "meetings/form.html",
        {
            "form": form,
            "scope_form": scope_form,
            "group": occurrence.group,
            "occurrence": occurrence,
            "creating": False,
        },
    )


@login_required
@require_POST
def cancel(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = selectors.access_occurrence(
        request.user, occurrence_id, need=Need.COFACILITATOR
    )
    scope = request.POST.get("scope", "one")
    if scope not in ("one", "following"):
        scope = "one"
    try:
        count = services.cancel_meeting(
            actor=request.user, occurrence=occurrence_access.occurrence, scope=scope
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            ngettext(
                "Cancelled %(count)d meeting. Everyone going has been told.",
                "Cancelled %(count)d meetings. Everyone going has been told.",
                count,
            )
            % {"count": count},
        )
    return redirect(occurrence_access.occurrence.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def attendees(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = selectors.access_occurrence(
        request.user, occurrence_id, need=Need.COFACILITATOR
    )
    occurrence = occurrence_access.occurrence
    message_form = MessageForm()
    if request.method == "POST":
        try:
            if "body" in request.POST:
                message_form = MessageForm(request.POST)
                if message_form.is_valid():
                    services.message_attendees(
                        actor=request.user,
                        occurrence=occurrence,
                        body=message_form.cleaned_data["body"],
                    )
                    messages.success(request, _("Your message was sent to everyone going."))
                    return redirect("meetings:attendees", occurrence_id=occurrence.pk)
            else:
                present = {
                    int(value) for value in request.POST.getlist("present") if value.isdigit()
                }
                services.mark_attendance(
                    actor=request.user, occurrence=occurrence, present_user_ids=present
                )
                messages.success(request, _("Attendance saved."))
                return redirect("meetings:attendees", occurrence_id=occurrence.pk)
        except ActionRefused as refused:
            messages.error(request, refused.message)
    return render(
        request,
        "meetings/attendees.html",
        {
            "occurrence": occurrence,
            "group": occurrence.group,
            "rows": selectors.attendees(occurrence),
            "message_form": message_form,
            "sent": selectors.messages_for(occurrence),
        },
    )


@login_required
@require_safe
def my_attendance(request: HttpRequest) -> HttpResponse:
    return render(
        request, "meetings/attendance.html", {"rows": selectors.attendance_history(request.user)}
    )


@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.revoke_calendar_feed(actor=request.user)
            messages.success(request, _("Your calendar address no longer works."))
        else:
            services.renew_calendar_feed(actor=request.user)
            messages.success(
                request, _("Your new calendar address is ready. The old one no longer works.")
            )
        return redirect("meetings:calendar_settings")
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return render(request, "meetings/calendar_settings.html", {"feed": feed})


@require_safe
def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    feed = CalendarFeed.objects.select_related("user").filter(token=token[:64]).first()
    if feed is None or not feed.user.is_active:
        raise Http404("No such calendar")
    response = HttpResponse(
        ical.personal_feed(feed.user), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "no-store, private"
    return response


@require_safe
def group_feed(request: HttpRequest, slug: str) -> HttpResponse:
    group = Group.objects.filter(slug=slug, listing=Group.Listing.PUBLIC).first()
    if group is None:
        raise Http404("No such public group")
    return HttpResponse(ical.group_feed(group), content_type="text/calendar; charset=utf-8")
