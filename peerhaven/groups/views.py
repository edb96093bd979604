from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven.errors import ActionRefused
from peerhaven.groups import cities, selectors, services
from peerhaven.groups.access import Need, access_group, remembered_access
from peerhaven.groups.forms import (
    DecisionForm,
    DirectoryForm,
    GroupForm,
    InviteForm,
    JoinForm,
    RemoveForm,
    RoleForm,
)
from peerhaven.groups.models import Audience, Group, InviteLink, Membership, Topic
from peerhaven.meetings import selectors as meeting_selectors
from peerhaven.safety import ratelimit
from peerhaven.safety.views import transparency
from peerhaven.sharing import selectors as sharing_selectors
from peerhaven.web import pagecache, versions


def _directory_query(
    request: HttpRequest,
) -> tuple[DirectoryForm, selectors.DirectoryQuery, list[str], list]:
    """Read the filters leniently: bad values are dropped with a note, never an error page."""
    params = request.GET.copy()
    params.setdefault("radius_km", "50")
    form = DirectoryForm(params)
    form.is_valid()
    notes: list[str] = []
    suggestions: list = []
    data = {}
    for name, field in form.fields.items():
        if name in form.errors:
            if name != "page":
                notes.append(
                    _("Ignored the value given for “%(filter)s”.") % {"filter": field.label}
                )
            continue
        data[name] = form.cleaned_data.get(name)
    known = set(form.fields) | {"csrfmiddlewaretoken"}
    for key in request.GET:
        if key not in known:
            notes.append(_("Ignored the unknown filter “%(filter)s”.") % {"filter": key[:40]})
    query = selectors.DirectoryQuery(
        q=(data.get("q") or "").strip(),
        language=data.get("language") or None,
        format=data.get("format") or None,
        radius_km=data.get("radius_km") or 50,
        include_online=bool(data.get("online")),
        soon=bool(data.get("soon")),
        sort=data.get("sort") or ("relevance" if data.get("q") else "newest"),
        page=data.get("page") or 1,
    )
    if data.get("topic"):
        query.topic = Topic.objects.filter(slug=data["topic"]).first()
    if data.get("audience"):
        query.audience = Audience.objects.filter(slug=data["audience"]).first()
    near = (data.get("near") or "").strip()
    if near:
        query.near = cities.resolve(near)
        if query.near is None:
            suggestions = cities.close_matches(near)
            notes.append(
                _("We don't know a city called “%(name)s”, so distance was not used.")
                % {"name": near}
            )
    if query.sort == "distance" and query.near is None:
        query.sort = "newest"
    return form, query, notes, suggestions


@require_safe
def directory(request: HttpRequest) -> HttpResponse:
    form, query, notes, suggestions = _directory_query(request)
    page = selectors.search_directory(query)
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "notes": notes,
        "suggestions": suggestions,
        "near": query.near,
        "query_string": params.urlencode(),
    }
    template = "groups/_results.html" if request.htmx else "groups/directory.html"
    return render(request, template, context)


MEMBERS_SHOWN = 50


def _group_context(request: HttpRequest, access) -> dict:
    group = access.group
    members = None
    if access.is_member:
        members = list(selectors.member_names(group)[:MEMBERS_SHOWN])
    context = {
        "group": group,
        "access": access,
        "topics": list(group.topics.all()),
        "audiences": list(group.audiences.all()),
        "facilitators": _facilitators(group, members),
        "next_meetings": meeting_selectors.next_meetings(group),
        "transparency": transparency(group),
    }
    if members is not None:
        context["members"] = members
        # The group's latest posts, as the group space shows them to this member.
        context["latest"] = sharing_selectors.group_feed(access, request.user)
    return context


def _facilitators(group: Group, members: list[Membership] | None) -> list[Membership]:
    """The facilitators, taken from the member list when it holds them all (facilitators
    come first in it), so that members' pages read the memberships once."""
    facilitator = Membership.Role.FACILITATOR
    if members is not None and (len(members) < MEMBERS_SHOWN or members[-1].role != facilitator):
        return [membership for membership in members if membership.role == facilitator]
    return list(selectors.facilitators_of(group))


@require_safe
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    access = remembered_access(request.user, slug, need=Need.VIEW)
    return pagecache.reader_page(
        request,
        lambda: render(request, "groups/detail.html", _group_context(request, access)),
        depends_on=[versions.group(access.group.pk), versions.group_content(access.group.pk)],
    )


@require_safe
def members(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.MEMBER)
    return render(
        request,
        "groups/members.html",
        {
            "group": access.group,
            "access": access,
            "members": list(selectors.members_of(access.group)),
        },
    )


def _join_page(
    request: HttpRequest, group: Group, access, form: JoinForm, invite: InviteLink | None
) -> HttpResponse:
    return render(
        request,
        "groups/join.html",
        {"group": group, "access": access, "form": form, "invite": invite},
    )


@login_required
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.VIEW)
    group = access.group
    return _join(request, group, access, invite=None)


def _join(request: HttpRequest, group: Group, access, *, invite: InviteLink | None) -> HttpResponse:
    if access.is_member:
        return redirect(group.get_absolute_url())
    form = JoinForm(request.POST or None, initial={"guidelines_version": group.guidelines_version})
    if request.method == "POST" and form.is_valid():
        ratelimit.check(
            "join_request", user=request.user, address=ratelimit.client_address(request)
        )
        try:
            membership = services.join_group(
                actor=request.user,
                group=group,
                guidelines_version=form.cleaned_data["guidelines_version"],
                message=form.cleaned_data["message"],
                invite=invite,
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
            return _join_page(request, group, access, form, invite)
        if membership.is_active:
            messages.success(request, _("Welcome to %(group)s.") % {"group": group.name})
        else:
            messages.success(request, _("Your request is sent. A facilitator will answer it soon."))
        return redirect(group.get_absolute_url())
    return _join_page(request, group, access, form, invite)


@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest, token: str) -> HttpResponse:
    link = (
        InviteLink.objects.select_related("group", "group__language")
        .filter(token=token[:64])
        .first()
    )
    if link is None:
        raise Http404("No such invite")
    if not link.is_usable:
        return render(request, "groups/invite_unusable.html", {"invite": link}, status=410)
    if not request.user.is_authenticated:
        from django.contrib.auth.views import redirect_to_login

        return redirect_to_login(request.get_full_path())
    group = link.group
    from peerhaven.groups.access import GroupAccess, membership_of

    access = GroupAccess(group, membership_of(request.user, group))
    return _join(request, group, access, invite=link)


@login_required
@require_POST
def leave(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.VIEW)
    try:
        services.leave_group(actor=request.user, group=access.group)
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect(access.group.get_absolute_url())
    messages.success(request, _("You left the group. You are welcome back any time."))
    if access.group.listing == Group.Listing.HIDDEN:
        return redirect("groups:directory")
    return redirect(access.group.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def create(request: HttpRequest) -> HttpResponse:
    if not request.user.has_current_coc:
        return redirect(f"{reverse('accounts:code_of_conduct')}?next={request.path}")
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            group = services.create_group(actor=request.user, data=form.cleaned_data)
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(
                request, _("Your group is ready. Invite people or wait for them to find it.")
            )
            return redirect(group.get_absolute_url())
    return render(request, "groups/form.html", {"form": form, "creating": True})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.FACILITATOR)
    form = GroupForm(request.POST or None, instance=access.group)
    if request.method == "POST" and form.is_valid():
        try:
            group = services.update_group(
                actor=request.user, group=access.group, data=form.cleaned_data
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The group is saved."))
            return redirect(group.get_absolute_url())
    return render(
        request, "groups/form.html", {"form": form, "group": access.group, "creating": False}
    )


@login_required
@require_POST
def delete(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.FACILITATOR)
    if request.POST.get("confirm_name", "").strip() != access.group.name:
        messages.error(request, _("Type the group's name exactly to delete it."))
        return redirect("groups:edit", slug=slug)
    services.delete_group(actor=request.user, group=access.group)
    messages.success(request, _("The group is deleted."))
    return redirect("groups:directory")


@login_required
@require_safe
def requests(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    return render(
        request,
        "groups/requests.html",
        {
            "group": access.group,
            "access": access,
            "pending": list(selectors.pending_requests(access.group)),
        },
    )


@login_required
@require_POST
def decide(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    form = DecisionForm(request.POST)
    membership = Membership.objects.filter(group=access.group, pk=membership_id).first()
    if membership is None:
        raise Http404("No such request")
    if not form.is_valid():
        messages.error(request, _("Choose approve or decline."))
        return redirect("groups:requests", slug=slug)
    try:
        services.decide_request(
            actor=request.user,
            membership=membership,
            approve=form.cleaned_data["decision"] == "approve",
            reason=form.cleaned_data["reason"],
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("Done. The person has been told."))
    return redirect("groups:requests", slug=slug)


@login_required
@require_POST
def remove(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    form = RemoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please give a reason; it is recorded."))
        return redirect("groups:members", slug=slug)
    try:
        services.remove_member(
            actor=request.user,
            group=access.group,
            membership_id=membership_id,
            reason=form.cleaned_data["reason"],
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The member was removed."))
    return redirect("groups:members", slug=slug)


@login_required
@require_POST
def change_role(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.FACILITATOR)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That role does not exist."))
        return redirect("groups:members", slug=slug)
    try:
        services.change_role(
            actor=request.user,
            group=access.group,
            membership_id=membership_id,
            role=form.cleaned_data["role"],
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The role is changed."))
    return redirect("groups:members", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def invites(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    form = InviteForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            link = services.create_invite(
                actor=request.user, group=access.group, days=form.cleaned_data["days"]
            )
            messages.success(
                request, _("A new invite link is ready. Share it only with people you trust.")
            )
            return redirect(f"{reverse('groups:invites', args=[slug])}#invite-{link.pk}")
        messages.error(request, _("Choose how long the link works: 1, 7 or 30 days."))
    links = list(access.group.invites.all()[:50])
    return render(
        request,
        "groups/invites.html",
        {"group": access.group, "access": access, "form": form, "links": links},
    )


@login_required
@require_POST
def revoke_invite(request: HttpRequest, slug: str, invite_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    try:
        services.revoke_invite(actor=request.user, group=access.group, invite_id=invite_id)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The link no longer works."))
    return redirect("groups:invites", slug=slug)
