"""Reads about groups, already filtered by who is asking."""

import hashlib
import math
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import cache
from django.db.models import F, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone

from peerhaven.groups import access, cities, search
from peerhaven.groups.models import Audience, Group, Membership, Topic
from peerhaven.web import versions

PAGE_SIZE = 20
# How long a directory page's ids may be served from the cache. Any write to the search index
# or to a group row renews the version the key holds (`search.changed`), so this bounds only
# what no such write announces (and, with a per-process cache, the other processes' writes).
DIRECTORY_CACHE_SECONDS = 30


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


def directory_changed(**_signal) -> None:
    """Drop every cached directory page (a group row was written)."""
    search.changed(search.GROUPS)


def _cache_key(query: DirectoryQuery) -> str | None:
    """The key of the query's page of ids, or None when it must not be cached: the next
    meeting of a group moves without any write to the group's row that the key would see."""
    if query.soon or query.sort == "next_meeting":
        return None
    near = query.near
    parts = (
        query.q,
        query.topic.pk if query.topic else None,
        query.audience.pk if query.audience else None,
        query.language,
        query.format,
        (near.latitude, near.longitude) if near else None,
        query.radius_km,
        query.include_online,
        query.sort,
        query.page,
    )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"directory:{search.version()}:{digest}"


def search_directory(query: DirectoryQuery) -> DirectoryPage:
    """One page of listed groups matching `query`; hidden groups never appear.

    The directory is the same for every reader, so which groups a query shows (ids, total,
    distances) is cached; the groups themselves are always read fresh (member counts move).
    A miss runs a fixed number of queries: the groups in the city's bounding box (with
    `near`), the count and the page's ids, ranked and paged in the database (sorting by
    distance: the candidates with their coordinates instead), then the page's groups with
    their topics; a hit only the last.
    """
    key = _cache_key(query)
    found = cache.get(key) if key else None
    if found is None:
        found = _directory_ids(query)
        if key:
            cache.set(key, found, DIRECTORY_CACHE_SECONDS)
    ids, total, page, pages, distances = found
    distances = dict(distances)
    by_id = {group.pk: group for group in _card_queryset().filter(pk__in=ids)} if ids else {}
    groups = [by_id[pk] for pk in ids if pk in by_id]
    if query.near is not None:
        # An online group outside the box may still have a city: its distance is shown too.
        for group in groups:
            if group.pk not in distances and group.latitude is not None:
                distances[group.pk] = cities.distance_km(
                    query.near.latitude, query.near.longitude, group.latitude, group.longitude
                )
    return DirectoryPage(groups=groups, total=total, page=page, pages=pages, distances=distances)


def _searches_everything(query: DirectoryQuery) -> bool:
    """Whether `query` ranks words over the whole directory, with no other filter."""
    return (
        query.sort == "relevance"
        and bool(search.terms(query.q))
        and query.topic is None
        and query.audience is None
        and not query.language
        and not query.format
        and query.near is None
        and not query.soon
    )


def _directory_ids(query: DirectoryQuery) -> tuple[list[int], int, int, int, dict[int, float]]:
    """The page's group ids in order, the total, the page and pages, and the distances of
    the page's groups (with `near`)."""
    if _searches_everything(query):
        # Counted and ranked from the index and its narrow entries alone (the entries are
        # the listed groups: search.py), in the order `search.ranked` gives below.
        total = search.count_entries(query.q)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        start = (page - 1) * PAGE_SIZE
        ids = search.ranked_entries(query.q, start=start, limit=PAGE_SIZE, total=total)
        return ids, total, page, pages, {}
    qs = access.listed_groups()
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
    by_distance = False
    if query.near is not None:
        # Distances are measured only for the groups in the radius's bounding box (an index
        # range, read before the text match: a common word matches most groups, the box few);
        # the rest of the work (match, rank, order, page) stays in the database.
        min_lat, max_lat, min_lon, max_lon = cities.bounding_box(
            query.near.latitude, query.near.longitude, query.radius_km
        )
        in_box = Q(latitude__range=(min_lat, max_lat), longitude__range=(min_lon, max_lon))
        boxed = qs.filter(in_box).values_list("id", "latitude", "longitude", "format")
        for pk, lat, lon, group_format in boxed:
            distance = cities.distance_km(query.near.latitude, query.near.longitude, lat, lon)
            if distance > query.radius_km and group_format != Group.Format.ONLINE:
                continue
            distances[pk] = distance
        area = Q(pk__in=list(distances))
        qs = qs.filter(area | Q(format=Group.Format.ONLINE) if query.include_online else area)
        by_distance = query.sort == "distance" or (query.sort == "relevance" and not query.q)

    ranking = False
    if query.q:
        if query.sort == "relevance" and not by_distance:
            matched = search.ranked(qs, query.q)
            if matched is not None:
                qs, ranking = matched, True
        else:
            match = search.match_sql(query.q)
            if match is not None:
                # The SQL is a constant from search.py; the query text travels as a parameter.
                qs = qs.filter(id__in=RawSQL(*match))  # noqa: S611

    if by_distance:
        rows = list(qs.values_list("id", "latitude", "longitude", "created_at"))
        for pk, lat, lon, _created in rows:
            if pk not in distances and lat is not None and lon is not None:
                distances[pk] = cities.distance_km(
                    query.near.latitude, query.near.longitude, lat, lon
                )
        far = float("inf")
        rows.sort(key=lambda row: (distances.get(row[0], far), -row[3].timestamp()))
        total = len(rows)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        ids = [row[0] for row in rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]
    else:
        if ranking:
            qs = qs.order_by("-rank", "-created_at", "-id")
        elif query.sort == "next_meeting":
            qs = qs.order_by(F("next_meeting_at").asc(nulls_last=True), "-created_at", "-id")
        else:
            qs = qs.order_by("-created_at", "-id")
        total = qs.count()
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        start = (page - 1) * PAGE_SIZE
        ids = list(qs.values_list("id", flat=True)[start : start + PAGE_SIZE]) if total else []

    return ids, total, page, pages, {pk: distances[pk] for pk in ids if pk in distances}


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


def member_names(group: Group) -> QuerySet[Membership]:
    """`members_of`, reading only what a name list shows (role and public name)."""
    return members_of(group).only(
        "role", "user", "user__username", "user__display_name", "user__erased_at"
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


# The header's "My groups" menu is on every page a member sees; its query is cached per member
# under their reader version (moved by their memberships) and the directory version (moved by
# any group saved or deleted: a rename, a deletion), see peerhaven/web/versions.py.
NAV_GROUPS_SECONDS = 60


def nav_groups(user) -> list[Group]:
    reader, directory = versions.read([versions.reader(user.pk), versions.DIRECTORY])
    key = f"nav-groups:{user.pk}:{reader}:{directory}"
    groups = cache.get(key)
    if groups is None:
        groups = list(my_groups(user)[:20])
        cache.set(key, groups, NAV_GROUPS_SECONDS)
    return groups
