from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven import markdown
from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need
from peerhaven.meetings.selectors import access_occurrence
from peerhaven.safety import crisis, ratelimit
from peerhaven.sharing.views import answer_new_post
from peerhaven.wellbeing import charts, selectors, services
from peerhaven.wellbeing.forms import (
    ENERGY_CHOICES,
    MOOD_CHOICES,
    ActivityForm,
    CrisisChoiceForm,
    JournalForm,
    JournalSearchForm,
    MeetingCheckInForm,
    MilestoneForm,
    MilestoneShareForm,
    MoodForm,
    PreferencesForm,
    SelfCheckForm,
    emotion_options_html,
)
from peerhaven.wellbeing.models import (
    JournalEntry,
    Milestone,
    MoodCheckIn,
    SelfCareActivity,
    SelfCheck,
)
from peerhaven.wellbeing.selfchecks import QUESTIONNAIRES

PER_PAGE = 20

MOOD_ERROR_FIELDS = {
    "mood_range": "mood",
    "unknown_emotion": "emotions",
    "energy_range": "energy",
    "sleep_range": "sleep_hours",
    "note_too_long": "note",
    "future_day": "day",
    "day_before_1900": "day",
}
JOURNAL_ERROR_FIELDS = {
    "empty": "body",
    "too_long": "body",
    "title_too_long": "title",
    "bad_prompt": "prompt",
    "future_day": "day",
    "day_before_1900": "day",
}
MILESTONE_ERROR_FIELDS = {
    "bad_kind": "kind",
    "no_label": "label",
    "label_too_long": "label",
    "no_since": "since",
    "future_day": "since",
    "day_before_1900": "since",
}


def _posted(request: HttpRequest):
    # An empty POST is still a POST: it binds the form, so it gets its messages.
    return request.POST if request.method == "POST" else None


def _refused(form, refused: ActionRefused, fields: dict[str, str]) -> None:
    form.add_error(fields.get(refused.code), refused.message)


def _next_url(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return fallback


# --- hub and settings ---------------------------------------------------------------


@login_required
@require_safe
def hub(request: HttpRequest) -> HttpResponse:
    today = selectors.today_for(request.user)
    return render(
        request,
        "wellbeing/hub.html",
        {
            "today": today,
            "checked_in_today": selectors.checked_in_on(request.user, today),
            "reminders": selectors.unseen_reminders(request.user),
            "plan": selectors.self_care_plan(request.user, today, days=1),
            "milestones": selectors.milestones_for(request.user, today),
            "section": "hub",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    current = selectors.preferences_for(request.user)
    form = PreferencesForm(
        _posted(request),
        initial={
            "mood_prompt": current.mood_prompt,
            "mood_prompt_time": current.mood_prompt_time,
            "reminder_email": current.reminder_email,
            "name_activities": current.name_activities,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_preferences(actor=request.user, data=form.cleaned_data)
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Your reminder settings are saved."))
            return redirect("wellbeing:preferences")
    return render(
        request,
        "wellbeing/preferences.html",
        {"form": form, "has_email": bool(request.user.email), "section": "settings"},
    )


@login_required
@require_POST
def dismiss_reminders(request: HttpRequest) -> HttpResponse:
    services.dismiss_reminders(actor=request.user)
    return redirect(_next_url(request, reverse("wellbeing:hub")))


# --- mood ---------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def mood(request: HttpRequest) -> HttpResponse:
    today = selectors.today_for(request.user)
    form = MoodForm(_posted(request), initial={"day": today})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            checkin = services.record_mood(
                actor=request.user,
                mood=data["mood"],
                emotions=data["emotions"],
                energy=data["energy"],
                sleep_hours=data["sleep_hours"],
                note=data["note"],
                day=data["day"],
            )
        except ActionRefused as refused:
            _refused(form, refused, MOOD_ERROR_FIELDS)
        else:
            messages.success(
                request,
                _("Checked in: %(mood)s. Thank you for taking a moment for yourself.")
                % {"mood": checkin.mood_label},
            )
            return redirect("wellbeing:mood")
    day = form["day"].value()
    return render(
        request,
        "wellbeing/mood.html",
        {
            "form": form,
            "mood_choices": MOOD_CHOICES,
            "emotion_options": emotion_options_html(set(form["emotions"].value() or [])),
            "energy_choices": ENERGY_CHOICES,
            "chosen_energy": str(form["energy"].value() or ""),
            "chosen_day": day.isoformat() if hasattr(day, "isoformat") else (day or ""),
            "recent": selectors.recent_checkins(request.user, 7),
            "week_html": _week_chart(request.user, today),
            "section": "mood",
        },
    )


def _week_chart(user, today) -> str:
    rows = selectors.overview_rows(user, 7, today)

    def render() -> str:
        overview = selectors.summarize_mood(rows, 7, today)
        chart = charts.mood_line(overview, key="mood-week", width=charts.NARROW)
        return render_to_string("wellbeing/_line_chart.html", {"chart": chart, "legend": True})

    return charts.cached_fragment(user, "week", (today, rows), render)


@login_required
@require_safe
def mood_history(request: HttpRequest) -> HttpResponse:
    paginator = Paginator(selectors.checkins_for(request.user), 30)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = selectors.with_notes(page.object_list)
    return render(request, "wellbeing/mood_history.html", {"page": page, "section": "mood"})


@login_required
@require_safe
def mood_charts(request: HttpRequest) -> HttpResponse:
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    if days not in selectors.PERIODS:
        days = 30
    today = selectors.today_for(request.user)
    rows = selectors.overview_rows(request.user, days, today)

    def render_charts() -> str:
        overview = selectors.summarize_mood(rows, days, today)
        context = {
            "line": charts.mood_line(overview),
            "weekday": charts.mood_by_weekday(overview),
            "emotions": charts.top_emotions(overview),
        }
        return render_to_string("wellbeing/_mood_charts.html", context)

    return render(
        request,
        "wellbeing/charts.html",
        {
            "days": days,
            "periods": selectors.PERIODS,
            "charts_html": charts.cached_fragment(
                request.user, f"period-{days}", (today, days, rows), render_charts
            ),
            "meetings": selectors.meeting_changes(request.user),
            "section": "charts",
        },
    )


@login_required
@require_POST
def mood_delete(request: HttpRequest, checkin_id: int) -> HttpResponse:
    checkin = selectors.owned(MoodCheckIn, request.user, checkin_id)
    services.delete_mood(actor=request.user, checkin=checkin)
    messages.success(request, _("That check-in is deleted."))
    return redirect(_next_url(request, reverse("wellbeing:mood_history")))


# --- before and after meetings ------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def meeting_checkin(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = access_occurrence(request.user, occurrence_id, need=Need.MEMBER)
    occurrence = occurrence_access.occurrence
    posted = posted_phase = None
    if request.method == "POST":
        posted_phase = "after" if request.POST.get("phase") == "after" else "before"
        posted = MeetingCheckInForm(request.POST, auto_id=f"{posted_phase}_%s")
        if posted.is_valid():
            try:
                services.check_in_for_meeting(
                    actor=request.user,
                    occurrence=occurrence,
                    phase=posted.cleaned_data["phase"],
                    mood=posted.cleaned_data["mood"],
                    shared=posted.cleaned_data["shared"],
                )
            except ActionRefused as refused:
                posted.add_error(None, refused.message)
                messages.error(request, refused.message)
            else:
                messages.success(request, _("Thank you for checking in."))
                return redirect(_next_url(request, occurrence.get_absolute_url()))
    state = selectors.meeting_checkin_state(request.user, occurrence)
    forms = {}
    for phase, existing in (("before", state.before), ("after", state.after)):
        if posted is not None and posted_phase == phase:
            forms[phase] = posted
        else:
            initial = {"mood": existing.mood, "shared": existing.shared} if existing else {}
            forms[phase] = MeetingCheckInForm(initial=initial, auto_id=f"{phase}_%s")
    return render(
        request,
        "wellbeing/meeting_checkin.html",
        {
            "occurrence": occurrence,
            "state": state,
            "form_before": forms["before"],
            "form_after": forms["after"],
            "mood_choices": MOOD_CHOICES,
            "phase": request.POST.get("phase") or request.GET.get("phase") or "",
            "section": "charts",
        },
    )


@login_required
@require_safe
def meeting_trend(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence_access = access_occurrence(request.user, occurrence_id, need=Need.COFACILITATOR)
    occurrence = occurrence_access.occurrence
    return render(
        request,
        "wellbeing/meeting_trend.html",
        {
            "occurrence": occurrence,
            "trend": selectors.group_trend(occurrence),
            "minimum": selectors.GROUP_TREND_MINIMUM,
        },
    )


# --- journal ------------------------------------------------------------------------


@login_required
@require_safe
def journal(request: HttpRequest) -> HttpResponse:
    search = JournalSearchForm(request.GET or None)
    query = search.cleaned_data["q"].strip() if search.is_valid() else ""
    if query:
        paginator = Paginator(selectors.search_journal(request.user, query), PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        selectors.add_snippets(page.object_list)
    else:
        paginator = Paginator(selectors.journal_for(request.user), PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        page.object_list = [selectors.open_entry(entry) for entry in page.object_list]
    return render(
        request,
        "wellbeing/journal.html",
        {"page": page, "search": search, "query": query, "section": "journal"},
    )


def _journal_form_page(request: HttpRequest, entry: JournalEntry | None) -> HttpResponse:
    initial = {"day": selectors.today_for(request.user)}
    opened = None
    if entry is not None:
        opened = selectors.open_entry(entry)
        if opened.problem:
            return render(request, "wellbeing/journal_entry.html", {"opened": opened})
        initial = {"day": entry.day, "prompt": entry.prompt, "title": opened.title}
        initial["body"] = opened.body
    elif request.GET.get("prompt") in JournalEntry.Prompt.values:
        initial["prompt"] = request.GET["prompt"]
    form = JournalForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if entry is None:
                entry = services.write_journal_entry(
                    actor=request.user,
                    body=data["body"],
                    title=data["title"],
                    prompt=data["prompt"],
                    day=data["day"],
                )
            else:
                services.update_journal_entry(
                    actor=request.user,
                    entry=entry,
                    body=data["body"],
                    title=data["title"],
                    prompt=data["prompt"],
                    day=data["day"],
                )
        except ActionRefused as refused:
            _refused(form, refused, JOURNAL_ERROR_FIELDS)
        else:
            messages.success(request, _("Saved. Only you can read it."))
            return redirect(entry.get_absolute_url())
    return render(
        request,
        "wellbeing/journal_form.html",
        {
            "form": form,
            "entry": entry,
            "prompts": JournalEntry.Prompt.choices[1:],
            "section": "journal",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def journal_new(request: HttpRequest) -> HttpResponse:
    return _journal_form_page(request, None)


@login_required
@require_http_methods(["GET", "POST"])
def journal_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    return _journal_form_page(request, selectors.owned(JournalEntry, request.user, entry_id))


@login_required
@require_safe
def journal_entry(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = selectors.owned(JournalEntry, request.user, entry_id)
    return render(
        request,
        "wellbeing/journal_entry.html",
        {"opened": selectors.open_entry(entry), "section": "journal"},
    )


@login_required
@require_POST
def journal_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = selectors.owned(JournalEntry, request.user, entry_id)
    services.delete_journal_entry(actor=request.user, entry=entry)
    messages.success(request, _("The entry is deleted."))
    return redirect("wellbeing:journal")


# --- self-checks --------------------------------------------------------------------


def _crisis_context(user) -> dict:
    return {
        "crisis_directory": crisis.directory_for(user.country) or crisis.international(),
        "crisis_groups": selectors.member_groups(user),
    }


@login_required
@require_safe
def self_checks(request: HttpRequest) -> HttpResponse:
    sections = []
    for kind, questionnaire in QUESTIONNAIRES.items():
        checks = list(selectors.self_checks_for(request.user, kind)[:24])
        sections.append(
            {
                "questionnaire": questionnaire,
                "latest": checks[0] if checks else None,
                "chart": charts.self_check_scores(checks, questionnaire, key=f"scores-{kind}"),
            }
        )
    return render(
        request, "wellbeing/self_checks.html", {"sections": sections, "section": "checks"}
    )


@login_required
@require_http_methods(["GET", "POST"])
def self_check_take(request: HttpRequest, kind: str) -> HttpResponse:
    questionnaire = QUESTIONNAIRES.get(kind)
    if questionnaire is None:
        raise Http404("No such self-check")
    form = SelfCheckForm(_posted(request), questionnaire=questionnaire)
    show_crisis = False
    if request.method == "POST":
        # Seen even when other answers are missing: the panel never waits for a full form.
        show_crisis = questionnaire.needs_crisis_panel(form.raw_answers())
        if form.is_valid():
            check = services.take_self_check(
                actor=request.user,
                kind=kind,
                answers=form.answers(),
                difficulty=form.cleaned_data["difficulty"],
            )
            return redirect("wellbeing:self_check_result", check_id=check.pk)
    context = {
        "form": form,
        "questionnaire": questionnaire,
        "show_crisis": show_crisis,
        "section": "checks",
    }
    if questionnaire.crisis_item:
        context.update(_crisis_context(request.user))
    return render(request, "wellbeing/self_check_form.html", context)


def _answer_panel(request: HttpRequest, choice: str, check, group_id) -> bool:
    """Record the member's answer to the crisis panel; True when someone was asked to reach out."""
    try:
        made = services.answer_crisis_panel(
            actor=request.user, choice=choice, self_check=check, group_id=group_id
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return False
    if made is not None:
        messages.success(
            request,
            _(
                "Thank you for telling us. We have asked a facilitator to reach out to you. "
                "If you are in danger now, call one of the lines on this page."
            ),
        )
        return True
    messages.success(
        request,
        _(
            "Thank you for letting us know. The lines on this page are there whenever you need them."
        ),
    )
    return False


@login_required
@require_POST
def crisis_choice(request: HttpRequest) -> HttpResponse:
    """The crisis panel's answer given before a self-check was sent (its answers are not kept)."""
    form = CrisisChoiceForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the two answers."))
        return redirect("wellbeing:self_check_take", kind="phq9")
    _answer_panel(request, form.cleaned_data["choice"], None, form.cleaned_data["group"])
    context = {"section": "checks", **_crisis_context(request.user)}
    return render(request, "wellbeing/crisis_answered.html", context)


@login_required
@require_safe
def self_check_result(request: HttpRequest, check_id: int) -> HttpResponse:
    check = selectors.owned(SelfCheck, request.user, check_id)
    context = {"check": check, "questionnaire": check.questionnaire, "section": "checks"}
    context["answers"] = [
        (item, value) for item, value in zip(check.questionnaire.items, check.answers)
    ]
    if check.needs_crisis_panel:
        context.update(_crisis_context(request.user))
    return render(request, "wellbeing/self_check_result.html", context)


@login_required
@require_POST
def self_check_crisis(request: HttpRequest, check_id: int) -> HttpResponse:
    check = selectors.owned(SelfCheck, request.user, check_id)
    form = CrisisChoiceForm(request.POST)
    if form.is_valid() and check.needs_crisis_panel:
        _answer_panel(request, form.cleaned_data["choice"], check, form.cleaned_data["group"])
    return redirect("wellbeing:self_check_result", check_id=check.pk)


@login_required
@require_POST
def self_check_delete(request: HttpRequest, check_id: int) -> HttpResponse:
    check = selectors.owned(SelfCheck, request.user, check_id)
    services.delete_self_check(actor=request.user, self_check=check)
    messages.success(request, _("That result is deleted."))
    return redirect("wellbeing:self_checks")


# --- self-care ----------------------------------------------------------------------


@login_required
@require_safe
def self_care(request: HttpRequest) -> HttpResponse:
    today = selectors.today_for(request.user)
    return render(
        request,
        "wellbeing/self_care.html",
        {
            "plan": selectors.self_care_plan(request.user, today),
            "today": today,
            "suggestions": SelfCareActivity.Suggestion.choices[1:],
            "section": "self_care",
        },
    )


def _activity_form_page(request: HttpRequest, activity: SelfCareActivity | None) -> HttpResponse:
    initial = ActivityForm.initial_for(activity) if activity else {"remind": True}
    if activity is None and request.GET.get("suggestion") in SelfCareActivity.Suggestion.values:
        initial["suggestion"] = request.GET["suggestion"]
    form = ActivityForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_activity(actor=request.user, data=form.service_data(), activity=activity)
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Your self-care plan is saved."))
            return redirect("wellbeing:self_care")
    return render(
        request,
        "wellbeing/activity_form.html",
        {"form": form, "activity": activity, "section": "self_care"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def activity_new(request: HttpRequest) -> HttpResponse:
    return _activity_form_page(request, None)


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request: HttpRequest, activity_id: int) -> HttpResponse:
    return _activity_form_page(request, selectors.owned_activity(request.user, activity_id))


@login_required
@require_POST
def activity_done(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = selectors.owned_activity(request.user, activity_id)
    done = request.POST.get("done") != "no"
    services.mark_done(actor=request.user, activity=activity, done=done)
    if done:
        messages.success(request, _("Done for today. Well done for looking after yourself."))
    return redirect(_next_url(request, reverse("wellbeing:self_care")))


@login_required
@require_POST
def activity_delete(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = selectors.owned_activity(request.user, activity_id)
    services.delete_activity(actor=request.user, activity=activity)
    messages.success(request, _("Removed from your plan."))
    return redirect("wellbeing:self_care")


# --- milestones ---------------------------------------------------------------------


@login_required
@require_safe
def milestones(request: HttpRequest) -> HttpResponse:
    today = selectors.today_for(request.user)
    return render(
        request,
        "wellbeing/milestones.html",
        {"milestones": selectors.milestones_for(request.user, today), "section": "milestones"},
    )


def _milestone_form_page(request: HttpRequest, milestone: Milestone | None) -> HttpResponse:
    initial = (
        {"kind": milestone.kind, "label": milestone.label, "since": milestone.since}
        if milestone
        else {"since": selectors.today_for(request.user)}
    )
    form = MilestoneForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_milestone(actor=request.user, data=form.cleaned_data, milestone=milestone)
        except ActionRefused as refused:
            _refused(form, refused, MILESTONE_ERROR_FIELDS)
        else:
            messages.success(request, _("Your milestone is saved."))
            return redirect("wellbeing:milestones")
    return render(
        request,
        "wellbeing/milestone_form.html",
        {"form": form, "milestone": milestone, "section": "milestones"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def milestone_new(request: HttpRequest) -> HttpResponse:
    return _milestone_form_page(request, None)


@login_required
@require_http_methods(["GET", "POST"])
def milestone_edit(request: HttpRequest, milestone_id: int) -> HttpResponse:
    return _milestone_form_page(request, selectors.owned(Milestone, request.user, milestone_id))


@login_required
@require_POST
def milestone_reset(request: HttpRequest, milestone_id: int) -> HttpResponse:
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    services.reset_milestone(actor=request.user, milestone=milestone)
    messages.success(
        request, _("Counting from today. Every day is a fresh start, and it still counts.")
    )
    return redirect("wellbeing:milestones")


@login_required
@require_POST
def milestone_celebrated(request: HttpRequest, milestone_id: int) -> HttpResponse:
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    services.mark_celebrated(actor=request.user, milestone=milestone)
    return redirect("wellbeing:milestones")


@login_required
@require_POST
def milestone_delete(request: HttpRequest, milestone_id: int) -> HttpResponse:
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    services.delete_milestone(actor=request.user, milestone=milestone)
    messages.success(request, _("The milestone is removed."))
    return redirect("wellbeing:milestones")


@login_required
@require_http_methods(["GET", "POST"])
def milestone_share(request: HttpRequest, milestone_id: int) -> HttpResponse:
    """Choose a group, preview the triumph post, then post it: three explicit steps.

    The preview is a POST too, so the member's words never travel in an address
    (addresses end up in logs).
    """
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    today = selectors.today_for(request.user)
    groups = selectors.member_groups(request.user)
    if request.method == "POST":
        form = MilestoneShareForm(request.POST)
    elif request.GET.get("group"):
        form = MilestoneShareForm({"group": request.GET["group"]})
    else:
        form = MilestoneShareForm(initial={"group": groups[0].pk if groups else None})
    chosen = None
    status = 200
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        chosen = next((group for group in groups if group.pk == data["group"]), None)
        if request.POST.get("action") == "share":
            ratelimit.check("post", user=request.user, address=ratelimit.client_address(request))
            try:
                post = services.share_milestone(
                    actor=request.user,
                    milestone=milestone,
                    group_id=data["group"],
                    words=data["words"],
                    anonymous=data["anonymous"],
                )
            except ActionRefused as refused:
                form.add_error(None, refused.message)
                chosen = None
            else:
                return answer_new_post(
                    request, post, done=_("Your milestone is shared with the group.")
                )
        elif chosen is None:
            form.add_error(
                "group",
                _(
                    "You can share a milestone only with a group you are an active member of. "
                    "Choose one of your groups."
                ),
            )
    if form.is_bound and form.errors:
        status = 400 if request.method == "POST" else 200
    words = form.cleaned_data.get("words", "") if chosen is not None else ""
    preview = None
    if chosen is not None:
        preview = markdown.render(services.triumph_body(milestone, today, words))
    return render(
        request,
        "wellbeing/milestone_share.html",
        {
            "view": selectors.milestone_view(milestone, today),
            "groups": groups,
            "form": form,
            "chosen": chosen,
            "preview": preview,
            "anonymous": chosen is not None and form.cleaned_data.get("anonymous"),
            "words": words,
            "section": "milestones",
        },
        status=status,
    )
