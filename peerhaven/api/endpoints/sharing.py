from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from ninja import Path, Query, Router, Status

from peerhaven.api import caching, present
from peerhaven.api.endpoints import answers
from peerhaven.api.pagination import checked_keyset
from peerhaven.api.schemas import (
    MAX_ID,
    FeedOut,
    HelpfulIn,
    PostDetail,
    PostEditIn,
    PostIn,
    PostKind,
    PostOut,
    ReactionIn,
    ReactionKind,
    ReadingPreferencesIn,
    ReadingPreferencesOut,
    ReasonIn,
    ReplyEditIn,
    ReplyIn,
    ReplyOut,
    Text,
)
from peerhaven.groups.access import Need, access_group, remembered_access
from peerhaven.safety import ratelimit
from peerhaven.sharing import selectors, services
from peerhaven.sharing.models import ContentWarning

router = Router(tags=["posts"])


def _count(request, action: str) -> None:
    """The pages' own limit for this action, counted in the same cache (safety/ratelimit.py)."""
    ratelimit.check(action, user=request.user, address=ratelimit.client_address(request))


preferences_router = Router(tags=["me"])

PostId = Path(..., ge=1, le=MAX_ID)
OLDER = Query(None, max_length=200, description="Older posts than this (`next_cursor`).")
NEWER = Query(None, max_length=200, description="Only newer posts (`newest_cursor`).")
ReplyId = Path(..., ge=1, le=MAX_ID)


def _load_post(request, post_id: int, *, need=Need.MEMBER):
    # The sharing selector decides which post a reader may reach (a post held for review only
    # by its writer and the group's moderators), as it does for the pages.
    return selectors.post_for_reader(request.user, post_id, need=need)


def _load_reply(request, reply_id: int):
    return selectors.reply_for_reader(request.user, reply_id)


def _post_out(request, post, access) -> dict:
    return present.post(selectors.item_for_reader(request.user, post, access=access), request.user)


def _reply_out(request, reply, access) -> dict:
    return present.reply(
        selectors.item_for_reader(request.user, reply, access=access), request.user
    )


@router.get("/groups/{slug:slug}/posts", response=answers(200, FeedOut))
def group_feed(
    request: HttpRequest,
    slug: str,
    kind: PostKind | None = None,
    cursor: Text | None = OLDER,
    after: Text | None = NEWER,
):
    """The group's posts, newest first, 20 a page: for the group's members only."""
    checked_keyset(cursor)
    checked_keyset(after)
    reader = request.user
    # groups/access.py admits the reader (its answer remembered until the group or the
    # reader's membership changes), and the page as this reader sees it is kept until
    # anything it was made from changes (peerhaven/api/caching.py).
    access = remembered_access(reader, slug, need=Need.MEMBER)
    key = caching.feed_key(
        group_id=access.group.pk,
        reader_id=reader.pk,
        language=translation.get_language() or "",
        params={"kind": kind.value if kind else None, "cursor": cursor, "after": after},
    )
    body = cache.get(key)
    if body is None:
        page = selectors.group_feed(
            access, request.user, kind=kind.value if kind else None, cursor=cursor, after=after
        )
        answer = FeedOut.model_validate(
            {
                "items": [present.post(item, request.user, access.group) for item in page.items],
                "next_cursor": page.next_cursor,
                "newest_cursor": page.newest_cursor,
            }
        )
        body = answer.model_dump_json().encode()
        cache.set(key, body, timeout=caching.FEED_SECONDS)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


@router.post("/groups/{slug:slug}/posts", response=answers(201, PostOut))
def create_post(request: HttpRequest, slug: str, payload: PostIn):
    """Share with the group. Check the draft with POST /me/risk-assessment first to show
    crisis resources before posting."""
    access = access_group(request.user, slug, need=Need.MEMBER)
    _count(request, "post")
    post = services.create_post(
        actor=request.user,
        group=access.group,
        body=payload.body,
        kind=payload.kind.value,
        anonymous=payload.anonymous,
        warnings=[code.value for code in payload.warnings],
        warning_note=payload.warning_note,
        mood=payload.mood,
    )
    return Status(201, _post_out(request, post, access))


@router.get("/posts/{int:post_id}", response=answers(200, PostDetail))
def get_post(request: HttpRequest, post_id: int = PostId):
    """A post with its replies."""
    post, group_access = _load_post(request, post_id)
    post_item, reply_items = selectors.post_with_replies(group_access, request.user, post)
    return {
        "post": present.post(post_item, request.user),
        "replies": [present.reply(item, request.user) for item in reply_items],
    }


@router.patch("/posts/{int:post_id}", response=answers(200, PostOut))
def edit_post(request: HttpRequest, payload: PostEditIn, post_id: int = PostId):
    """Change your own post."""
    post, group_access = _load_post(request, post_id)
    post = services.edit_post(
        actor=request.user,
        post=post,
        body=payload.body,
        warnings=None if payload.warnings is None else [code.value for code in payload.warnings],
        warning_note=payload.warning_note,
    )
    return _post_out(request, post, group_access)


@router.delete("/posts/{int:post_id}", response=answers(204, None))
def delete_post(request: HttpRequest, post_id: int = PostId):
    """Delete your own post."""
    post, _access = _load_post(request, post_id)
    services.delete_post(actor=request.user, post=post)
    return Status(204, None)


@router.post("/posts/{int:post_id}/remove", response=answers(204, None))
def remove_post(request: HttpRequest, payload: ReasonIn, post_id: int = PostId):
    """Remove a post from the group (co-facilitators and facilitators); the writer is told why."""
    post, _access = _load_post(request, post_id, need=Need.COFACILITATOR)
    services.remove_post(actor=request.user, post=post, reason=payload.reason)
    return Status(204, None)


@router.post("/posts/{int:post_id}/replies", response=answers(201, ReplyOut))
def create_reply(request: HttpRequest, payload: ReplyIn, post_id: int = PostId):
    """Reply to a post."""
    post, group_access = _load_post(request, post_id)
    _count(request, "reply")
    reply = services.create_reply(
        actor=request.user, post=post, body=payload.body, anonymous=payload.anonymous
    )
    return Status(201, _reply_out(request, reply, group_access))


@router.patch("/replies/{int:reply_id}", response=answers(200, ReplyOut))
def edit_reply(request: HttpRequest, payload: ReplyEditIn, reply_id: int = ReplyId):
    """Change your own reply."""
    reply, group_access = _load_reply(request, reply_id)
    reply = services.edit_reply(actor=request.user, reply=reply, body=payload.body)
    return _reply_out(request, reply, group_access)


@router.delete("/replies/{int:reply_id}", response=answers(204, None))
def delete_reply(request: HttpRequest, reply_id: int = ReplyId):
    """Delete your own reply."""
    reply, _access = _load_reply(request, reply_id)
    services.delete_reply(actor=request.user, reply=reply)
    return Status(204, None)


@router.post("/replies/{int:reply_id}/remove", response=answers(204, None))
def remove_reply(request: HttpRequest, payload: ReasonIn, reply_id: int = ReplyId):
    """Remove a reply (co-facilitators and facilitators); the writer is told why."""
    reply, _access = _load_reply(request, reply_id)
    services.remove_reply(actor=request.user, reply=reply, reason=payload.reason)
    return Status(204, None)


@router.post("/replies/{int:reply_id}/helpful", response=answers(200, ReplyOut))
def mark_helpful(request: HttpRequest, payload: HelpfulIn, reply_id: int = ReplyId):
    """Mark an answer to your question as helpful (or not)."""
    reply, group_access = _load_reply(request, reply_id)
    reply = services.mark_helpful(actor=request.user, reply=reply, helpful=payload.helpful)
    return _reply_out(request, reply, group_access)


@router.post("/posts/{int:post_id}/reactions", response=answers(200, PostOut))
def react_to_post(request: HttpRequest, payload: ReactionIn, post_id: int = PostId):
    """Send an empathy reaction."""
    post, group_access = _load_post(request, post_id)
    _count(request, "reaction")
    services.react(actor=request.user, kind=payload.kind.value, post=post)
    return _post_out(request, post, group_access)


@router.delete("/posts/{int:post_id}/reactions/{kind}", response=answers(200, PostOut))
def unreact_to_post(request: HttpRequest, kind: ReactionKind, post_id: int = PostId):
    """Take your reaction back."""
    post, group_access = _load_post(request, post_id)
    _count(request, "reaction")
    services.unreact(actor=request.user, kind=kind.value, post=post)
    return _post_out(request, post, group_access)


@router.post("/replies/{int:reply_id}/reactions", response=answers(200, ReplyOut))
def react_to_reply(request: HttpRequest, payload: ReactionIn, reply_id: int = ReplyId):
    """Send an empathy reaction to a reply."""
    reply, group_access = _load_reply(request, reply_id)
    _count(request, "reaction")
    services.react(actor=request.user, kind=payload.kind.value, reply=reply)
    return _reply_out(request, reply, group_access)


@router.delete("/replies/{int:reply_id}/reactions/{kind}", response=answers(200, ReplyOut))
def unreact_to_reply(request: HttpRequest, kind: ReactionKind, reply_id: int = ReplyId):
    """Take your reaction to a reply back."""
    reply, group_access = _load_reply(request, reply_id)
    _count(request, "reaction")
    services.unreact(actor=request.user, kind=kind.value, reply=reply)
    return _reply_out(request, reply, group_access)


def _preferences(request) -> dict:
    preference = selectors.reading_preference(request.user)
    return {"warnings": {code: preference.choice_for(code) for code in ContentWarning.values}}


@preferences_router.get("/reading-preferences", response=answers(200, ReadingPreferencesOut))
def get_reading_preferences(request: HttpRequest):
    """How each content warning is shown to you: show, collapse (the default) or hide."""
    return _preferences(request)


@preferences_router.put("/reading-preferences", response=answers(200, ReadingPreferencesOut))
def set_reading_preferences(request: HttpRequest, payload: ReadingPreferencesIn):
    """Set your choice for each content warning; warnings left out go back to collapse."""
    services.set_reading_preference(
        actor=request.user,
        choices={code.value: choice.value for code, choice in payload.warnings.items()},
    )
    return _preferences(request)
