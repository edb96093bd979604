from enum import Enum

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Schema
from pydantic import Field

from peerhaven.api import caching, present
from peerhaven.api.auth import ANYONE
from peerhaven.api.endpoints import answers
from peerhaven.api.errors import ApiError
from peerhaven.api.pagination import decode_position, encode_position
from peerhaven.api.schemas import (
    CURSOR,
    MAX_ID,
    DecisionIn,
    GroupDetail,
    GroupFormat,
    GroupList,
    JoinIn,
    MeetingList,
    MemberList,
    MembershipOut,
    RequestList,
    Text,
)
from peerhaven.groups import selectors, services
from peerhaven.groups.access import Need, access_group
from peerhaven.groups.forms import RADII, SORTS, CityField, DirectoryForm
from peerhaven.groups.models import Audience, Membership, Topic
from peerhaven.meetings import selectors as meeting_selectors
from peerhaven.safety import ratelimit

router = Router(tags=["groups"])

Sort = Enum("Sort", {value: value for value, _label in SORTS}, type=str)
Radius = Enum("Radius", {f"km{radius}": radius for radius in RADII}, type=int)
MEMBERS_PAGE = 50


class DirectoryFilters(Schema):
    q: Text = Field("", max_length=200, description="Words to search for.")
    topic: Text | None = Field(None, max_length=60, description="A topic slug (GET /topics).")
    audience: Text | None = Field(None, max_length=60, description="An audience slug.")
    language: Text | None = Field(None, max_length=2, description="An ISO 639-1 code.")
    format: GroupFormat | None = None
    near: Text | None = Field(None, max_length=120, description="A city: “Madrid” or “Madrid, ES”.")
    radius_km: Radius = Radius(50)
    online: bool = Field(False, description="With `near`: also list online groups.")
    soon: bool = Field(False, description="Only groups meeting in the next 7 days.")
    sort: Sort | None = Field(None, description="Default: relevance with `q`, else newest.")
    cursor: Text | None = Field(None, max_length=200)


def _directory_query(filters: DirectoryFilters) -> selectors.DirectoryQuery:
    # The page's own form checks topic, audience and language against the taxonomy.
    form = DirectoryForm(
        {
            "topic": filters.topic or "",
            "audience": filters.audience or "",
            "language": filters.language or "",
        }
    )
    form.is_valid()
    for name in ("topic", "audience", "language"):
        if name in form.errors:
            raise ApiError(
                422,
                f"unknown_{name}",
                _("There is no %(filter)s “%(value)s”.")
                % {"filter": name, "value": getattr(filters, name)},
            )
    query = selectors.DirectoryQuery(
        q=filters.q.strip(),
        language=filters.language or None,
        format=filters.format.value if filters.format else None,
        radius_km=filters.radius_km.value,
        include_online=filters.online,
        soon=filters.soon,
        sort=filters.sort.value
        if filters.sort
        else ("relevance" if filters.q.strip() else "newest"),
        page=decode_position("p", filters.cursor) or 1,
    )
    if filters.topic:
        query.topic = Topic.objects.filter(slug=filters.topic).first()
    if filters.audience:
        query.audience = Audience.objects.filter(slug=filters.audience).first()
    if filters.near and filters.near.strip():
        from django import forms

        try:
            query.near = CityField().to_city(filters.near.strip())
        except forms.ValidationError as error:
            raise ApiError(422, "unknown_city", " ".join(error.messages)) from None
    if query.sort == "distance" and query.near is None:
        query.sort = "newest"
    return query


@router.get("", response=answers(200, GroupList), auth=ANYONE)
def list_groups(request: HttpRequest, filters: Query[DirectoryFilters]):
    """The directory: listed groups with the same filters as /groups/. Hidden groups never
    appear."""
    version = caching.directory_version()
    key = caching.directory_key(filters.model_dump(mode="json"), version)
    body = cache.get(key)
    if body is None:
        page = selectors.search_directory(_directory_query(filters))
        answer = GroupList.model_validate(
            {
                "items": [
                    present.group_card(group, page.distances.get(group.pk)) for group in page.groups
                ],
                "total": page.total,
                "next_cursor": encode_position("p", page.page + 1) if page.has_next else None,
            }
        )
        body = answer.model_dump_json().encode()
        cache.set(key, body, timeout=caching.CACHE_SECONDS)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


@router.get("/{slug:slug}", response=answers(200, GroupDetail), auth=ANYONE)
def get_group(request: HttpRequest, slug: str):
    """A group's public page; members also get the note for members."""
    access = access_group(request.user, slug, need=Need.VIEW)
    group = access.group
    data = present.group_card(group)
    data.update(
        {
            "description_html": group.description_html,
            "audiences": [present.named(audience) for audience in group.audiences.all()],
            "time_zone": group.time_zone,
            "member_cap": group.member_cap,
            "guidelines": group.guidelines,
            "guidelines_html": group.guidelines_html,
            "guidelines_version": group.guidelines_version,
            "facilitators": [present.person(row.user) for row in selectors.facilitators_of(group)],
            "next_meetings": [
                present.meeting_card(occurrence)
                for occurrence in meeting_selectors.next_meetings(group)
            ],
            "membership": present.membership(access),
            "members_note_html": group.members_note_html if access.is_member else None,
        }
    )
    return data


@router.post("/{slug:slug}/join", response=answers(200, MembershipOut))
def join_group(request: HttpRequest, slug: str, payload: JoinIn):
    """Join at once (open public groups) or ask to join (state `requested`)."""
    access = access_group(request.user, slug, need=Need.VIEW)
    if not payload.accept:
        raise ApiError(
            422,
            "accept_required",
            _("Please accept the code of conduct and the guidelines to join."),
        )
    if not access.is_member:
        # The join page's own limit, counted in the same cache (safety/ratelimit.py).
        ratelimit.check(
            "join_request", user=request.user, address=ratelimit.client_address(request)
        )
    membership = services.join_group(
        actor=request.user,
        group=access.group,
        guidelines_version=payload.guidelines_version,
        message=payload.message,
    )
    return {"state": membership.state, "role": "member" if membership.is_active else None}


@router.post("/{slug:slug}/leave", response=answers(200, MembershipOut))
def leave_group(request: HttpRequest, slug: str):
    """Leave the group, or withdraw a request to join."""
    access = access_group(request.user, slug, need=Need.VIEW)
    services.leave_group(actor=request.user, group=access.group)
    return {"state": Membership.State.LEFT, "role": None}


@router.get("/{slug:slug}/members", response=answers(200, MemberList))
def list_members(request: HttpRequest, slug: str, cursor: Text | None = CURSOR):
    """Active members, facilitators first: for the group's members only."""
    access = access_group(request.user, slug, need=Need.MEMBER)
    offset = decode_position("o", cursor) or 0
    rows = list(selectors.members_of(access.group)[offset : offset + MEMBERS_PAGE + 1])
    more = len(rows) > MEMBERS_PAGE
    return {
        "items": [present.member(row) for row in rows[:MEMBERS_PAGE]],
        "next_cursor": encode_position("o", offset + MEMBERS_PAGE) if more else None,
    }


@router.get("/{slug:slug}/requests", response=answers(200, RequestList))
def list_requests(request: HttpRequest, slug: str):
    """Requests to join, oldest first: for co-facilitators and facilitators."""
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    return {
        "items": [
            {
                "membership_id": row.pk,
                "username": row.user.username,
                "name": row.user.public_name,
                "message": row.request_message,
                "requested_at": row.created_at,
            }
            for row in selectors.pending_requests(access.group)
        ]
    }


@router.post("/{slug:slug}/requests/{int:membership_id}", response=answers(200, MembershipOut))
def decide_request(
    request: HttpRequest,
    slug: str,
    payload: DecisionIn,
    membership_id: int = Path(..., ge=1, le=MAX_ID),
):
    """Approve or decline a request to join; the person is told."""
    access = access_group(request.user, slug, need=Need.COFACILITATOR)
    membership = Membership.objects.filter(group=access.group, pk=membership_id).first()
    if membership is None:
        raise Http404("No such request")
    membership = services.decide_request(
        actor=request.user, membership=membership, approve=payload.approve, reason=payload.reason
    )
    return {"state": membership.state, "role": "member" if membership.is_active else None}


@router.get("/{slug:slug}/meetings", response=answers(200, MeetingList), auth=ANYONE)
def list_group_meetings(request: HttpRequest, slug: str):
    """The group's next meetings (no addresses or links: see GET /meetings/{id})."""
    access = access_group(request.user, slug, need=Need.VIEW)
    occurrences = meeting_selectors.next_meetings(access.group, limit=50)
    return {"items": [present.meeting_card(occurrence) for occurrence in occurrences]}
