from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, check, remembered_access
from peerhaven.groups.selectors import member_names
from peerhaven.safety import ratelimit
from peerhaven.safety.views import care_response
from peerhaven.sharing import selectors, services, treatments
from peerhaven.sharing.forms import (
    EditForm,
    PostEditForm,
    PostForm,
    ReadingPreferenceForm,
    RemoveForm,
    ReplyForm,
)
from peerhaven.sharing.models import Post, Reply, State
from peerhaven.web import pagecache, versions


def _feed_context(request, group_access, *, form=None):
    kind = request.GET.get("kind") or None
    page = selectors.group_feed(
        group_access, request.user, kind=kind, cursor=request.GET.get("cursor")
    )
    return {
        "group": group_access.group,
        "access": group_access,
        "page": page,
        "kind": kind if kind in Post.Kind.values else None,
        "kinds": Post.Kind.choices,
        "form": form or PostForm(),
        "members": list(member_names(group_access.group)[:50]),
        "reactions": selectors.reaction_choices(),
    }


@require_safe
def feed(request: HttpRequest, slug: str) -> HttpResponse:
    """The group space: the feed of posts, for active members only."""
    group_access = remembered_access(request.user, slug, need=Need.MEMBER)

    def build() -> HttpResponse:
        context = _feed_context(request, group_access)
        if request.htmx and request.GET.get("cursor"):
            return render(request, "sharing/_feed_page.html", context)
        return render(request, "sharing/feed.html", context)

    return pagecache.reader_page(request, build, depends_on=_feed_versions(group_access))


def _feed_versions(group_access) -> list[str]:
    group_id = group_access.group.pk
    return [versions.group(group_id), versions.group_content(group_id)]


@require_safe
def feed_updates(request: HttpRequest, slug: str) -> HttpResponse:
    """Posts newer than `after`, for the open feed to prepend (htmx polling)."""
    group_access = remembered_access(request.user, slug, need=Need.MEMBER)

    def build() -> HttpResponse:
        page = selectors.group_feed(group_access, request.user, after=request.GET.get("after"))
        context = {
            "page": page,
            "group": group_access.group,
            "access": group_access,
            "reactions": selectors.reaction_choices(),
        }
        return render(request, "sharing/_updates.html", context)

    return pagecache.reader_page(request, build, depends_on=_feed_versions(group_access))


@login_required
@require_POST
def create_post(request: HttpRequest, slug: str) -> HttpResponse:
    group_access = remembered_access(request.user, slug, need=Need.MEMBER)
    form = PostForm(request.POST)
    if form.is_valid():
        ratelimit.check("post", user=request.user, address=ratelimit.client_address(request))
        try:
            post = services.create_post(
                actor=request.user,
                group=group_access.group,
                body=form.cleaned_data["body"],
                kind=form.cleaned_data["kind"],
                anonymous=form.cleaned_data["anonymous"],
                warnings=form.cleaned_data["warnings"],
                warning_note=form.cleaned_data["warning_note"],
                mood=form.cleaned_data["mood"],
                treatments=form.cleaned_data["treatments"],
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            return answer_new_post(request, post, done=_("Shared with the group."))
    context = _feed_context(request, group_access, form=form)
    return render(request, "sharing/feed.html", context, status=400)


def answer_new_post(request, item, *, done: str) -> HttpResponse:
    """The answer to a new post or reply: the crisis panel when screening called for it,
    a word that it waits for a moderator when held, else `done` and the item itself."""
    answered = care_response(request, item)
    if answered is not None:
        return answered
    if item.state == State.HELD:
        if isinstance(item, Reply):
            messages.info(
                request, _("Your reply is waiting for a moderator before the group sees it.")
            )
            return redirect(item.post.get_absolute_url())
        messages.info(request, _("Your post is waiting for a moderator before the group sees it."))
        return redirect("groups:space", slug=item.group.slug)
    messages.success(request, done)
    return redirect(item.get_absolute_url())


def _load_post(request, post_id: int, *, need=Need.MEMBER):
    return selectors.post_for_reader(request.user, post_id, need=need)


def _load_reply(request, reply_id: int):
    return selectors.reply_for_reader(request.user, reply_id)


@require_http_methods(["GET", "POST"])
def post_detail(request: HttpRequest, post_id: int) -> HttpResponse:
    post, group_access = _load_post(request, post_id)
    form = ReplyForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            ratelimit.check("reply", user=request.user, address=ratelimit.client_address(request))
            try:
                reply = services.create_reply(
                    actor=request.user,
                    post=post,
                    body=form.cleaned_data["body"],
                    anonymous=form.cleaned_data["anonymous"],
                )
            except ActionRefused as refused:
                form.add_error(None, refused.message)
            else:
                return answer_new_post(request, reply, done=_("Your reply is posted."))
        status = 400
    post_item, reply_items = selectors.post_with_replies(group_access, request.user, post)
    return render(
        request,
        "sharing/post.html",
        {
            "group": post.group,
            "access": group_access,
            "item": post_item,
            "replies": reply_items,
            "form": form,
            "reactions": selectors.reaction_choices(),
            "care_card": request.session.pop("care_card", False)
            if request.user.is_authenticated
            else False,
        },
        status=status,
    )


def _author_only(request, item) -> None:
    if item.author_id != request.user.pk:
        raise PermissionDenied("Only the writer can do this")


def _back(item) -> HttpResponse:
    return redirect(item.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def edit_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post, _group_access = _load_post(request, post_id)
    _author_only(request, post)
    form = PostEditForm(
        request.POST or None,
        initial={"body": post.body, "treatments": treatments.decode(post.treatments_text)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(
                actor=request.user,
                post=post,
                body=form.cleaned_data["body"],
                treatments=form.cleaned_data["treatments"],
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            return _back(post)
    return render(request, "sharing/edit.html", {"form": form, "item": post, "group": post.group})


@login_required
@require_http_methods(["GET", "POST"])
def edit_reply(request: HttpRequest, reply_id: int) -> HttpResponse:
    reply, _group_access = _load_reply(request, reply_id)
    _author_only(request, reply)
    form = EditForm(request.POST or None, initial={"body": reply.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_reply(actor=request.user, reply=reply, body=form.cleaned_data["body"])
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            return _back(reply)
    return render(
        request, "sharing/edit.html", {"form": form, "item": reply, "group": reply.post.group}
    )


def _act(request, action, item, success: str) -> HttpResponse:
    try:
        action()
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        if success:
            messages.success(request, success)
    return _back(item)


@login_required
@require_POST
def delete_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post, _group_access = _load_post(request, post_id)
    _author_only(request, post)
    return _act(
        request,
        lambda: services.delete_post(actor=request.user, post=post),
        post,
        _("Your post is deleted."),
    )


@login_required
@require_POST
def delete_reply(request: HttpRequest, reply_id: int) -> HttpResponse:
    reply, _group_access = _load_reply(request, reply_id)
    _author_only(request, reply)
    return _act(
        request,
        lambda: services.delete_reply(actor=request.user, reply=reply),
        reply.post,
        _("Your reply is deleted."),
    )


@login_required
@require_POST
def remove_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post, _group_access = _load_post(request, post_id, need=Need.COFACILITATOR)
    reason = RemoveForm(request.POST).data.get("reason", "")
    return _act(
        request,
        lambda: services.remove_post(actor=request.user, post=post, reason=reason),
        post,
        _("The post is removed and the writer has been told why."),
    )


@login_required
@require_POST
def remove_reply(request: HttpRequest, reply_id: int) -> HttpResponse:
    reply, _group_access = _load_reply(request, reply_id)
    check(request.user, reply.post.group, need=Need.COFACILITATOR)
    reason = RemoveForm(request.POST).data.get("reason", "")
    return _act(
        request,
        lambda: services.remove_reply(actor=request.user, reply=reply, reason=reason),
        reply.post,
        _("The reply is removed and the writer has been told why."),
    )


def _reaction_response(request, item) -> HttpResponse:
    if request.htmx:
        from peerhaven.sharing.models import Post as PostModel

        kind = "post" if isinstance(item, PostModel) else "reply"
        group = item.group if kind == "post" else item.post.group
        group_access = check(request.user, group, need=Need.MEMBER)
        (decorated,) = selectors.decorate(
            [item],
            access=group_access,
            reader=request.user,
            preference=selectors.reading_preference(request.user),
            kind=kind,
        )
        return render(
            request,
            "sharing/_reactions.html",
            {"item": decorated, "target_kind": kind, "reactions": selectors.reaction_choices()},
        )
    return _back(item)


@login_required
@require_POST
def react(request: HttpRequest, target: str, item_id: int) -> HttpResponse:
    kind = request.POST.get("kind", "")
    undo = request.POST.get("undo") == "1"
    ratelimit.check("reaction", user=request.user, address=ratelimit.client_address(request))
    if target == "post":
        item, _group_access = _load_post(request, item_id)
        lookup = {"post": item}
    else:
        item, _group_access = _load_reply(request, item_id)
        lookup = {"reply": item}
    try:
        if undo:
            services.unreact(actor=request.user, kind=kind, **lookup)
        else:
            services.react(actor=request.user, kind=kind, **lookup)
    except ActionRefused as refused:
        if request.htmx:
            return HttpResponse(refused.message, status=409)
        messages.error(request, refused.message)
    return _reaction_response(request, item)


@login_required
@require_POST
def mark_helpful(request: HttpRequest, reply_id: int) -> HttpResponse:
    reply, _group_access = _load_reply(request, reply_id)
    if reply.post.author_id != request.user.pk:
        raise PermissionDenied("Only the asker marks helpful answers")
    helpful = request.POST.get("helpful", "1") == "1"
    return _act(
        request,
        lambda: services.mark_helpful(actor=request.user, reply=reply, helpful=helpful),
        reply,
        "",
    )


@login_required
@require_http_methods(["GET", "POST"])
def reading_preferences(request: HttpRequest) -> HttpResponse:
    preference = selectors.reading_preference(request.user)
    form = ReadingPreferenceForm(request.POST or None, preference=preference)
    if request.method == "POST" and form.is_valid():
        services.set_reading_preference(actor=request.user, choices=form.cleaned_data)
        messages.success(request, _("Your reading preferences are saved."))
        return redirect("sharing:reading_preferences")
    return render(request, "sharing/reading_preferences.html", {"form": form})
