"""Reads about groups, already filtered by who is asking."""

import math
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Prefetch, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone

from peerhaven.groups import access, cities, search
from peerhaven.groups.models import Audience, Group, Membership, Topic

PAGE_SIZE = 20


@dataclass
class DirectoryQuery:
    q: str = ""
    topic: Topic | None = None
    audience: Audience | None = None
    language: str | None = None
    format: str | None = None
    near: cities.City | None = None
    radius_km: int = 50
    include_online: bool = True
    soon: bool = False
    sort: str = "relevance"
    page: int = 1


@dataclass
class DirectoryPage:
    groups: list[Group]
    total: int
    page: int
    pages: int
    distances: dict[int, float] = field(default_factory=dict)

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _card_queryset() -> QuerySet[Group]:
    return Group.objects.select_related("language").prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("name_en"))
    )


def search_directory(query: DirectoryQuery) -> DirectoryPage:
    """One page of listed groups matching `query`; hidden groups never appear.

    Runs a fixed number of queries: the candidates with their sort keys, the
    relevance scores when searching, then the page's groups with their topics.
    """
    qs = access.listed_groups()
    scores: dict[int, float] = {}
    if query.q:
        match = search.match_sql(query.q)
        if match is not None:
            # The SQL is a constant from search.py; the query text travels as a parameter.
            qs = qs.filter(id__in=RawSQL(*match))  # noqa: S611
    if query.topic is not None:
        topic_ids = [query.topic.pk, *query.topic.children.values_list("pk", flat=True)]
        qs = qs.filter(topics__in=topic_ids).distinct()
    if query.audience is not None:
        qs = qs.filter(audiences=query.audience)
    if query.language:
        qs = qs.filter(language_id=query.language)
    if query.format:
        qs = qs.filter(format=query.format)
    if query.soon:
        now = timezone.now()
        qs = qs.filter(next_meeting_at__gte=now, next_meeting_at__lte=now + timedelta(days=7))

    distances: dict[int, float] = {}
    if query.near is not None:
        min_lat, max_lat, min_lon, max_lon = cities.bounding_box(
            query.near.latitude, query.near.longitude, query.radius_km
        )
        from django.db.models import Q

        in_box = Q(latitude__range=(min_lat, max_lat), longitude__range=(min_lon, max_lon))
        qs = qs.filter(in_box | Q(format=Group.Format.ONLINE) if query.include_online else in_box)

    needs_python_sort = query.near is not None or (query.q and query.sort == "relevance")
    if not needs_python_sort:
        order = {
            "newest": ["-created_at", "-id"],
            "next_meeting": ["next_meeting_at", "-created_at"],
        }.get(query.sort, ["-created_at", "-id"])
        if query.sort == "next_meeting":
            from django.db.models import F

            qs = qs.order_by(F("next_meeting_at").asc(nulls_last=True), "-created_at")
        else:
            qs = qs.order_by(*order)
        total = qs.count()
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        ids = list(qs.values_list("id", flat=True)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE])
    else:
        rows = list(
            qs.values_list("id", "latitude", "longitude", "next_meeting_at", "created_at", "format")
        )
        if query.q:
            scores = search.scores(query.q)
        kept = []
        for pk, lat, lon, next_at, created, group_format in rows:
            if query.near is not None and lat is not None and lon is not None:
                distance = cities.distance_km(query.near.latitude, query.near.longitude, lat, lon)
                if distance > query.radius_km and group_format != Group.Format.ONLINE:
                    continue
                distances[pk] = distance
            kept.append((pk, next_at, created))
        far = float("inf")
        if query.sort == "distance" or (
            query.near is not None and query.sort == "relevance" and not query.q
        ):
            kept.sort(key=lambda row: (distances.get(row[0], far), -row[2].timestamp()))
        elif query.sort == "next_meeting":
            kept.sort(key=lambda row: (row[1] is None, row[1] or row[2], -row[2].timestamp()))
        elif query.sort == "newest":
            kept.sort(key=lambda row: -row[2].timestamp())
        else:
            kept.sort(key=lambda row: (-scores.get(row[0], 0.0), -row[2].timestamp()))
        total = len(kept)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        ids = [row[0] for row in kept[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]

    by_id = {group.pk: group for group in _card_queryset().filter(pk__in=ids)} if ids else {}
    groups = [by_id[pk] for pk in ids if pk in by_id]
    return DirectoryPage(groups=groups, total=total, page=page, pages=pages, distances=distances)


def my_groups(user) -> QuerySet[Group]:
    """The member's active groups, for the header and their home."""
    return access.groups_with_content_for(user).order_by("name").only("slug", "name")


def members_of(group: Group) -> QuerySet[Membership]:
    """Active memberships, facilitators first. Callers must have checked Need.MEMBER."""
    return (
        Membership.objects.filter(group=group, state=Membership.State.ACTIVE)
        .select_related("user")
        .order_by("-role", "user__display_name", "user__username")
    )


def facilitators_of(group: Group) -> QuerySet[Membership]:
    return members_of(group).filter(role=Membership.Role.FACILITATOR)


def pending_requests(group: Group) -> QuerySet[Membership]:
    """Join requests, oldest first. Callers must have checked Need.COFACILITATOR."""
    return (
        Membership.objects.filter(group=group, state=Membership.State.REQUESTED)
        .select_related("user")
        .order_by("created_at")
    )


def nav_groups(user) -> list[Group]:
    return list(my_groups(user)[:20])
