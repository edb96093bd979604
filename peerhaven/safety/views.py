from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, access_group
from peerhaven.safety import crisis, ratelimit, selectors, services
from peerhaven.safety.models import (
    Appeal,
    Block,
    Flag,
    LogEntry,
    ModerationAction,
    Report,
    WordList,
)
from peerhaven.safety.signals import flag_item


def crisis_context(request: HttpRequest) -> dict:
    """Which country's lines to show: the chosen one, the profile's, else the browser's region."""
    chosen = request.GET.get("country", "")[:2]
    user = getattr(request, "user", None)
    code = None
    source = None
    if chosen and crisis.directory_for(chosen):
        code, source = chosen.upper(), "chosen"
    elif user is not None and user.is_authenticated and crisis.directory_for(user.country):
        code, source = user.country.upper(), "profile"
    else:
        code = crisis.country_from_accept_language(request.headers.get("Accept-Language"))
        source = "browser" if code else None
    return {
        "directory": crisis.directory_for(code) if code else None,
        "international": crisis.international(),
        "countries": crisis.covered_countries(),
        "country_source": source,
        "unknown_choice": bool(chosen) and source != "chosen",
    }


@require_safe
def crisis_help(request: HttpRequest) -> HttpResponse:
    return render(request, "safety/crisis.html", crisis_context(request))


# --- Care -------------------------------------------------------------------------------


def care_response(request: HttpRequest, item) -> HttpResponse | None:
    """The answer to the writer of a message the detector flagged, in the same response.

    Urgent: a calm full-screen panel with crisis lines and two choices. Concern:
    a gentle card on the next page. Otherwise None.
    """
    flag = getattr(item, "care_flag", None)
    screening = getattr(item, "screening", None)
    if flag is None or screening is None or screening.level == "none":
        return None
    if screening.level == "urgent":
        context = crisis_context(request)
        context.update({"flag": flag, "held": item.state == "held"})
        return render(request, "safety/care_panel.html", context)
    request.session["care_card"] = True
    return None


@login_required
@require_POST
def care_answer(request: HttpRequest, flag_id: int) -> HttpResponse:
    flag = Flag.objects.filter(pk=flag_id, subject=request.user).first()
    if flag is None:
        raise Http404("No such flag")
    try:
        services.answer_care_panel(
            actor=request.user, flag=flag, choice=request.POST.get("choice", "")
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect("safety:crisis")
    if flag.wants_outreach or request.POST.get("choice") == "outreach":
        messages.success(
            request,
            _("We've asked the group's facilitators to reach out to you. You are not alone."),
        )
    else:
        messages.success(
            request, _("Thank you for letting us know. Get help now is always one tap away.")
        )
    return redirect("web:home")


# --- Reports ------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def report_other(request: HttpRequest, target: str, key: str) -> HttpResponse:
    """Report a whole group (by slug) or a member (by id)."""
    from peerhaven.accounts.models import User

    if target == "group":
        group_access = access_group(request.user, key, need=Need.VIEW)
        lookup, back = {"group": group_access.group}, group_access.group.get_absolute_url()
    else:
        member = User.objects.filter(pk=int(key) if key.isdigit() else 0, is_active=True).first()
        if member is None:
            raise Http404("No such member")
        lookup, back = {"member": member}, "/"
    if request.method == "POST":
        ratelimit.check("report", user=request.user, address=ratelimit.client_address(request))
        try:
            services.report(
                actor=request.user,
                reason=request.POST.get("reason", ""),
                note=request.POST.get("note", ""),
                **lookup,
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(
                request,
                _("Thank you. A moderator will look at it, and you'll hear what was decided."),
            )
            return redirect(back)
    return render(
        request, "safety/report.html", {"target": target, "reasons": Report.Reason.choices}
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, target: str, item_id: int) -> HttpResponse:
    from peerhaven.groups.access import check
    from peerhaven.sharing.models import Post, Reply

    model = Post if target == "post" else Reply
    item = model.objects.select_related("author").filter(pk=item_id).first()
    if item is None:
        raise Http404("Nothing to report")
    group = item.group if target == "post" else item.post.group
    check(request.user, group, need=Need.MEMBER)
    if request.method == "POST":
        ratelimit.check("report", user=request.user, address=ratelimit.client_address(request))
        try:
            services.report(
                actor=request.user,
                reason=request.POST.get("reason", ""),
                note=request.POST.get("note", ""),
                **{target: item},
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(
                request,
                _("Thank you. A moderator will look at it, and you'll hear what was decided."),
            )
            return redirect(item.get_absolute_url())
    return render(
        request,
        "safety/report.html",
        {"item": item, "target": target, "reasons": Report.Reason.choices},
    )


# --- The moderation queue -------------------------------------------------------------------


@login_required
@require_safe
def queue(request: HttpRequest) -> HttpResponse:
    if not selectors.may_see_queue(request.user):
        raise PermissionDenied("Moderators and facilitators only")
    flags = list(selectors.queue_for(request.user).order_by("priority", "created_at")[:100])
    return render(
        request,
        "safety/queue.html",
        {"flags": flags, "platform": services.is_platform_moderator(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def flag_detail(request: HttpRequest, flag_id: int) -> HttpResponse:
    flag = (
        Flag.objects.select_related("group", "post", "reply", "reply__post", "subject")
        .filter(pk=flag_id)
        .first()
    )
    if flag is None or not services.may_moderate(request.user, flag):
        raise Http404("No such item in your queue")
    if request.method == "POST":
        try:
            services.act(
                actor=request.user,
                flag=flag,
                action=request.POST.get("action", ""),
                reason=request.POST.get("reason", ""),
                mute_days=int(request.POST.get("mute_days") or 7)
                if (request.POST.get("mute_days") or "7").isdigit()
                else 7,
                edited_body=request.POST.get("edited_body", ""),
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Done. It is recorded in the moderation log."))
            return redirect("safety:queue")
    context_items = []
    if flag.post is not None:
        context_items = list(flag.post.replies.select_related("author")[:5])
    elif flag.reply is not None:
        context_items = [flag.reply.post]
    other_items = [answer for _receiver, answer in flag_item.send(sender=Flag, flag=flag) if answer]
    actions = [
        choice
        for choice in ModerationAction.choices
        if choice[0] not in ("appeal_upheld", "appeal_denied", "room_control")
    ]
    if not services.is_platform_moderator(request.user):
        actions = [choice for choice in actions if choice[0] != "suspend"]
    return render(
        request,
        "safety/flag.html",
        {
            "flag": flag,
            "reports": list(flag.reports.select_related("reporter")),
            "context_items": context_items,
            "other_items": other_items,
            "actions": actions,
            "log": list(flag.log.select_related("actor")),
        },
    )


@login_required
@require_safe
def moderation_log(request: HttpRequest) -> HttpResponse:
    if not selectors.may_see_queue(request.user):
        raise PermissionDenied("Moderators and facilitators only")
    entries = LogEntry.objects.select_related("actor", "subject", "group")
    if not services.is_platform_moderator(request.user):
        from peerhaven.groups.models import Membership

        groups = Membership.objects.filter(
            user=request.user,
            state=Membership.State.ACTIVE,
            role__gte=Membership.Role.COFACILITATOR,
        ).values_list("group_id", flat=True)
        entries = entries.filter(group_id__in=list(groups))
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "safety/log.html", {"page": page})


# --- What concerns me: notices, appeals, reports I made -----------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def notices(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        entry = selectors.notice_for(request.user, request.POST.get("entry"))
        if entry is None:
            raise Http404("No such notice")
        try:
            services.appeal(
                actor=request.user, entry=entry, statement=request.POST.get("statement", "")
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(
                request, _("Your appeal is sent. A different moderator will review it.")
            )
        return redirect("safety:notices")
    entries = list(selectors.notices_for(request.user)[:50])
    reports = list(Report.objects.filter(reporter=request.user).select_related("flag")[:50])
    outreach = LogEntry.objects.filter(subject=request.user, action="reach_out").exists()
    return render(
        request,
        "safety/notices.html",
        {"entries": entries, "reports": reports, "outreach": outreach},
    )


@login_required
@require_http_methods(["GET", "POST"])
def appeal_detail(request: HttpRequest, appeal_id: int) -> HttpResponse:
    if not services.is_platform_moderator(request.user):
        raise Http404("No such appeal")
    item = Appeal.objects.select_related("entry", "member").filter(pk=appeal_id).first()
    if item is None:
        raise Http404("No such appeal")
    if request.method == "POST":
        try:
            services.decide_appeal(
                actor=request.user,
                appeal_id=item.pk,
                upheld=request.POST.get("upheld") == "1",
                reason=request.POST.get("reason", ""),
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("The appeal is decided and the member has been told."))
            return redirect("safety:queue")
    return render(request, "safety/appeal.html", {"appeal": item})


# --- Blocking -------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def blocks(request: HttpRequest) -> HttpResponse:
    from peerhaven.accounts.models import User

    if request.method == "POST":
        other = User.objects.filter(pk=request.POST.get("user") or 0, is_active=True).first()
        if other is None:
            messages.error(request, _("That member does not exist."))
            return redirect("safety:blocks")
        try:
            if request.POST.get("action") == "unblock":
                services.unblock(actor=request.user, other=other)
                messages.success(request, _("Unblocked."))
            else:
                services.block(actor=request.user, other=other)
                messages.success(
                    request, _("Blocked. You won't see what they write, and they won't be told.")
                )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        next_url = request.POST.get("next", "")
        if next_url.startswith("/") and not next_url.startswith("//"):
            return redirect(next_url)
        return redirect("safety:blocks")
    blocked = list(Block.objects.filter(blocker=request.user).select_related("blocked"))
    return render(request, "safety/blocks.html", {"blocked": blocked})


# --- A group's word list and transparency ---------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def group_words(request: HttpRequest, slug: str) -> HttpResponse:
    group_access = access_group(request.user, slug, need=Need.COFACILITATOR)
    group = group_access.group
    if request.method == "POST":
        phrase = (request.POST.get("phrase") or "").strip()[:100]
        if request.POST.get("action") == "remove":
            WordList.objects.filter(group=group, pk=request.POST.get("word") or 0).delete()
        elif phrase:
            WordList.objects.get_or_create(group=group, phrase=phrase)
        else:
            messages.error(request, _("Type a word or phrase."))
        return redirect("safety:group_words", slug=slug)
    words = list(WordList.objects.filter(group=group).order_by("phrase"))
    return render(request, "safety/group_words.html", {"group": group, "words": words})


def transparency(group) -> list[tuple[str, int]]:
    """How many moderation actions of each kind in the group in the last 90 days (no names)."""
    since = timezone.now() - timedelta(days=90)
    rows = (
        LogEntry.objects.filter(group=group, created_at__gte=since)
        .exclude(action__in=["dismiss", "escalate", "reach_out", "room_control"])
        .values("action")
        .annotate(total=Count("id"))
    )
    labels = dict(ModerationAction.choices)
    return sorted((str(labels[row["action"]]), row["total"]) for row in rows)
