from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven.coping import selectors, services, taxonomy, wellbeing_link
from peerhaven.coping.forms import (
    CurateForm,
    LibraryForm,
    RatingForm,
    ResourceDecisionForm,
    ResourceForm,
    StrategyForm,
)
from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, access_group
from peerhaven.sharing import treatments as treatment_tags


def _library_query(request: HttpRequest) -> tuple[LibraryForm, selectors.LibraryQuery, list[str]]:
    """Read the filters leniently: bad values are dropped with a note, never an error page."""
    form = LibraryForm(request.GET)
    form.is_valid()
    notes: list[str] = []
    data = {}
    for name, field in form.fields.items():
        if name in form.errors:
            if name != "page":
                notes.append(
                    _("Ignored the value given for “%(filter)s”.") % {"filter": field.label}
                )
            continue
        data[name] = form.cleaned_data.get(name)
    for key in request.GET:
        if key not in form.fields:
            notes.append(_("Ignored the unknown filter “%(filter)s”.") % {"filter": key[:40]})
    q = (data.get("q") or "").strip()
    query = selectors.LibraryQuery(
        q=q,
        category=data.get("category") or None,
        treatment=data.get("treatment") or None,
        max_minutes=data.get("time") or None,
        sort=data.get("sort") or ("relevance" if q else "helpful"),
        page=data.get("page") or 1,
    )
    if data.get("topic"):
        query.topic, query.topic_ids = taxonomy.topic_with_children(data["topic"])
    return form, query, notes


@require_safe
def library(request: HttpRequest) -> HttpResponse:
    form, query, notes = _library_query(request)
    page = selectors.search_library(query, user=request.user)
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "query": query,
        "page": page,
        "marks": selectors.marks_for(request.user, page.strategies),
        "category_name": taxonomy.category_name(query.category) if query.category else "",
        "treatment": treatment_tags.get(query.treatment) if query.treatment else None,
        "notes": notes,
        "query_string": params.urlencode(),
    }
    template = "coping/_results.html" if request.htmx else "coping/library.html"
    return render(request, template, context)


@require_safe
def detail(request: HttpRequest, strategy_id: int) -> HttpResponse:
    strategy_access = selectors.access_strategy(request.user, strategy_id)
    strategy = strategy_access.strategy
    rating = selectors.my_rating(request.user, strategy)
    context = {
        "strategy": strategy,
        "sa": strategy_access,
        "rating": rating,
        "notes": selectors.notes_for(request.user, strategy),
        "saved": selectors.in_toolkit(request.user, strategy),
    }
    if request.user.is_authenticated:
        initial = {}
        if rating is not None:
            initial = {
                "outcome": rating.outcome,
                "note": rating.note,
                "share": rating.group.slug if rating.group else "",
            }
        context["rating_form"] = RatingForm(initial=initial, user=request.user, strategy=strategy)
    return render(request, "coping/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def create(request: HttpRequest) -> HttpResponse:
    if not request.user.has_current_coc:
        return redirect(f"{reverse('accounts:code_of_conduct')}?next={request.path}")
    initial = {"language": request.user.language, "share": request.GET.get("group", "")[:80]}
    form = StrategyForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            strategy = services.create_strategy(actor=request.user, data=form.cleaned_data)
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Thank you for sharing what helps you."))
            return redirect(strategy.get_absolute_url())
    return render(request, "coping/form.html", {"form": form, "creating": True})


def _authored(request: HttpRequest, strategy_id: int) -> selectors.StrategyAccess:
    strategy_access = selectors.access_strategy(request.user, strategy_id)
    if not strategy_access.is_author:
        raise PermissionDenied("Only the author may change a strategy")
    return strategy_access


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, strategy_id: int) -> HttpResponse:
    strategy = _authored(request, strategy_id).strategy
    form = StrategyForm(
        request.POST or None,
        user=request.user,
        strategy=strategy,
        initial=StrategyForm.initial_for(strategy),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_strategy(actor=request.user, strategy=strategy, data=form.cleaned_data)
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Your strategy is saved."))
            return redirect(strategy.get_absolute_url())
    return render(
        request, "coping/form.html", {"form": form, "strategy": strategy, "creating": False}
    )


@login_required
@require_POST
def delete(request: HttpRequest, strategy_id: int) -> HttpResponse:
    strategy = _authored(request, strategy_id).strategy
    services.delete_strategy(actor=request.user, strategy=strategy)
    messages.success(request, _("Your strategy is deleted."))
    return redirect("coping:library")


@login_required
@require_POST
def rate(request: HttpRequest, strategy_id: int) -> HttpResponse:
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    back = f"{strategy.get_absolute_url()}#tried"
    if request.POST.get("remove"):
        try:
            services.remove_rating(actor=request.user, strategy=strategy)
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Your rating is removed."))
        return redirect(back)
    form = RatingForm(request.POST, user=request.user, strategy=strategy)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect(back)
    try:
        services.rate_strategy(
            actor=request.user,
            strategy=strategy,
            outcome=form.cleaned_data["outcome"],
            note=form.cleaned_data["note"],
            group=form.cleaned_data["group"],
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("Thank you. Your experience helps others choose."))
    return redirect(back)


@login_required
@require_POST
def toolkit_toggle(request: HttpRequest, strategy_id: int) -> HttpResponse:
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    if request.POST.get("action") == "remove":
        services.remove_from_toolkit(actor=request.user, strategy=strategy)
        messages.success(request, _("Removed from your toolkit."))
    else:
        services.save_to_toolkit(actor=request.user, strategy=strategy)
        messages.success(request, _("Saved to your toolkit."))
    target = request.POST.get("next", "")
    if target in (reverse("coping:toolkit"), reverse("coping:library")):
        return redirect(target)
    return redirect(strategy.get_absolute_url())


@login_required
@require_safe
def toolkit(request: HttpRequest) -> HttpResponse:
    plan = wellbeing_link.available()
    items = [
        # One form per strategy, each with ids of its own so every label finds its field.
        (strategy, wellbeing_link.PlanForm(auto_id=f"plan{strategy.pk}_%s") if plan else None)
        for strategy in selectors.toolkit_of(request.user)
    ]
    return render(request, "coping/toolkit.html", {"items": items, "plan": plan})


@login_required
@require_POST
def add_to_plan(request: HttpRequest, strategy_id: int) -> HttpResponse:
    if not wellbeing_link.available():
        raise Http404("No self-care plan here")
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    form = wellbeing_link.PlanForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect("coping:toolkit")
    try:
        wellbeing_link.add_to_plan(actor=request.user, strategy=strategy, **form.cleaned_data)
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect("coping:toolkit")
    messages.success(request, _("Added to your self-care plan."))
    return redirect("coping:toolkit")


# --- a group's list and resources --------------------------------------------------


@require_safe
def group_strategies(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.MEMBER)
    lists = selectors.group_strategies(access.group, include_hidden=access.can_moderate)
    return render(
        request,
        "coping/group_strategies.html",
        {"group": access.group, "access": access, "lists": lists},
    )


@login_required
@require_POST
def curate(request: HttpRequest, slug: str, strategy_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    strategy = selectors.curation_target(access.group, strategy_id)
    form = CurateForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose pin, unpin, hide or show."))
        return redirect("coping:group_strategies", slug=slug)
    action = form.cleaned_data["action"]
    services.curate_strategy(
        actor=request.user, group=access.group, strategy=strategy, action=action
    )
    messages.success(
        request,
        {
            "pin": _("Pinned to the top of the group's list."),
            "unpin": _("No longer pinned."),
            "hide": _("Hidden from the group's list. It stays in the library."),
            "show": _("Shown in the group's list again."),
        }[action],
    )
    return redirect("coping:group_strategies", slug=slug)


def _resources_page(request: HttpRequest, access, form: ResourceForm, status: int = 200):
    return render(
        request,
        "coping/group_resources.html",
        {
            "group": access.group,
            "access": access,
            "form": form,
            "lists": selectors.resources_of(
                access.group, user=request.user, moderator=access.can_moderate
            ),
        },
        status=status,
    )


@require_safe
def group_resources(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.MEMBER)
    return _resources_page(request, access, ResourceForm())


FIELD_OF_REFUSAL = {
    "bad_url": "url",
    "url_required": "url",
    "bad_phone": "phone",
    "contact_required": "phone",
    "title": "title",
    "bad_kind": "kind",
}


@login_required
@require_POST
def suggest_resource(request: HttpRequest, slug: str) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.MEMBER)
    form = ResourceForm(request.POST)
    if form.is_valid():
        try:
            resource = services.add_resource(
                actor=request.user, group=access.group, data=form.cleaned_data
            )
        except ActionRefused as refused:
            form.add_error(FIELD_OF_REFUSAL.get(refused.code), refused.message)
        else:
            if resource.state == resource.State.APPROVED:
                messages.success(request, _("Added to the group's resources."))
            else:
                messages.success(
                    request, _("Thank you. A facilitator will look at your suggestion.")
                )
            return redirect("coping:group_resources", slug=slug)
    return _resources_page(request, access, form)


@login_required
@require_POST
def decide_resource(request: HttpRequest, slug: str, resource_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    form = ResourceDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or decline."))
        return redirect("coping:group_resources", slug=slug)
    approve = form.cleaned_data["decision"] == "approve"
    try:
        services.decide_resource(
            actor=request.user, group=access.group, resource_id=resource_id, approve=approve
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("Approved: it is on the group's list now.")
            if approve
            else _("Declined: it stays off the list."),
        )
    return redirect("coping:group_resources", slug=slug)


@login_required
@require_POST
def remove_resource(request: HttpRequest, slug: str, resource_id: int) -> HttpResponse:
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    try:
        services.remove_resource(actor=request.user, group=access.group, resource_id=resource_id)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The resource is removed."))
    return redirect("coping:group_resources", slug=slug)


# --- experiences with a treatment ----------------------------------------------------


@login_required
@require_safe
def experiences_index(request: HttpRequest) -> HttpResponse:
    return render(
        request, "coping/experiences.html", {"tags": treatment_tags.all_tags(), "treatment": None}
    )


@login_required
@require_safe
def experiences(request: HttpRequest, treatment: str) -> HttpResponse:
    """What the reader's own groups shared about a treatment, and the strategies tagged with it."""
    from peerhaven.sharing.experiences import posts_with_treatment

    tag = treatment_tags.get(treatment)
    if tag is None:
        raise Http404("No such treatment")
    return render(
        request,
        "coping/experiences.html",
        {
            "tags": treatment_tags.all_tags(),
            "treatment": tag,
            "page": posts_with_treatment(request.user, tag.slug, cursor=request.GET.get("cursor")),
            "strategies": selectors.strategies_with_treatment(request.user, tag.slug),
        },
    )
