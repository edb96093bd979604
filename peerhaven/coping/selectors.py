"""Reads about strategies and resources, already filtered by who is asking.

A strategy shared with everyone is readable by anyone; one shared only inside
a group is readable by that group's active members (groups/access.py). Every
list here starts from `visible_strategies(user)`.
"""

import math
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import Http404

from peerhaven.coping import taxonomy
from peerhaven.coping.models import (
    Category,
    GroupCuration,
    Rating,
    Resource,
    Strategy,
    ToolkitItem,
    wilson_lower_bound,
)
from peerhaven.groups import access, search
from peerhaven.groups.models import Group, Topic
from peerhaven.sharing import treatments as treatment_tags

PAGE_SIZE = 20
GROUP_SECTION_SIZE = 10
SORTS = ("helpful", "relevance", "quickest", "newest")


def visible_strategies(user) -> QuerySet[Strategy]:
    if user is None or not user.is_authenticated:
        return Strategy.objects.filter(group__isnull=True)
    return Strategy.objects.filter(
        Q(group__isnull=True) | Q(group__in=access.groups_with_content_for(user).values("pk"))
    )


def readable_notes_q(user) -> Q:
    """Ratings whose note `user` may read: their own, and those shared with their groups."""
    return Q(user=user) | Q(group__in=access.groups_with_content_for(user).values("pk"))


def _with_categories(qs: QuerySet[Strategy]) -> QuerySet[Strategy]:
    # Cards show no steps: leave the longest columns in the database.
    return (
        qs.defer("steps_en", "steps_es")
        .select_related("group")
        .prefetch_related(Prefetch("categories", queryset=Category.objects.order_by("position")))
    )


@dataclass(frozen=True)
class StrategyAccess:
    strategy: Strategy
    group_access: access.GroupAccess | None
    user_id: int | None

    @property
    def is_author(self) -> bool:
        return self.user_id is not None and self.strategy.author_id == self.user_id


def access_strategy(user, strategy_id: int) -> StrategyAccess:
    """The strategy, or Http404 / LoginRequired / PermissionDenied as groups/access.py decides."""
    strategy = (
        Strategy.objects.select_related("group", "author")
        .prefetch_related(
            Prefetch("categories", queryset=Category.objects.order_by("position")),
            Prefetch("topics", queryset=Topic.objects.order_by("name_en")),
        )
        .filter(pk=strategy_id)
        .first()
    )
    if strategy is None:
        raise Http404("No such strategy")
    group_access = None
    if strategy.group_id is not None:
        group_access = access.check(user, strategy.group, need=access.Need.MEMBER)
    return StrategyAccess(strategy, group_access, user.pk if user.is_authenticated else None)


# --- the library ------------------------------------------------------------------


@dataclass
class LibraryQuery:
    q: str = ""
    topic: Topic | None = None
    topic_ids: list[int] = field(default_factory=list)  # the topic and its children
    category: str | None = None
    treatment: str | None = None
    max_minutes: int | None = None
    sort: str = "helpful"
    page: int = 1


@dataclass
class LibraryPage:
    strategies: list[Strategy]
    total: int
    page: int
    pages: int

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _in_topics(topic_ids: list[int]) -> Q:
    # A subquery, not a join: no DISTINCT, so the page can walk the score index.
    through = Strategy.topics.through.objects.filter(topic_id__in=topic_ids)
    return Q(pk__in=through.values("strategy_id"))


def _in_category(category_id: int) -> Q:
    through = Strategy.categories.through.objects.filter(category_id=category_id)
    return Q(pk__in=through.values("strategy_id"))


def search_library(query: LibraryQuery, *, user) -> LibraryPage:
    """One page of the strategies `user` may read that match `query`, best first.

    A fixed number of queries: the count, the page with its groups, the page's
    categories; searching by relevance adds the candidates and their scores.
    """
    qs = visible_strategies(user)
    if query.q:
        match = search.match_sql(query.q, search.STRATEGIES)
        if match is not None:
            # The SQL is a constant from search.py; the query text travels as a parameter.
            qs = qs.filter(id__in=RawSQL(*match))  # noqa: S611
    if query.topic_ids:
        qs = qs.filter(_in_topics(query.topic_ids))
    if query.category:
        category_id = taxonomy.category_id(query.category)
        qs = qs.filter(_in_category(category_id)) if category_id else qs.none()
    if query.treatment:
        qs = qs.filter(treatments_text__contains=treatment_tags.contains(query.treatment))
    if query.max_minutes:
        qs = qs.filter(minutes__lte=query.max_minutes)

    if query.sort == "relevance" and query.q:
        scores = search.scores(query.q, search.STRATEGIES)
        rows = list(qs.values_list("id", "score"))
        rows.sort(key=lambda row: (-scores.get(row[0], 0.0), -row[1], -row[0]))
        total = len(rows)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        ids = [row[0] for row in rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]
        by_id = {s.pk: s for s in _with_categories(Strategy.objects.filter(pk__in=ids))}
        strategies = [by_id[pk] for pk in ids if pk in by_id]
    else:
        order = {
            "quickest": ["minutes", "-score", "-id"],
            "newest": ["-created_at", "-id"],
        }.get(query.sort, ["-score", "-id"])
        total = qs.count()
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, query.page), pages)
        start = (page - 1) * PAGE_SIZE
        strategies = list(_with_categories(qs.order_by(*order))[start : start + PAGE_SIZE])
    return LibraryPage(strategies=strategies, total=total, page=page, pages=pages)


@dataclass
class Marks:
    """What the reader has done with the strategies on a page."""

    outcomes: dict[int, str] = field(default_factory=dict)
    saved: set[int] = field(default_factory=set)


def marks_for(user, strategies: list[Strategy]) -> Marks:
    if not user.is_authenticated or not strategies:
        return Marks()
    ids = [strategy.pk for strategy in strategies]
    return Marks(
        outcomes=dict(
            Rating.objects.filter(user=user, strategy_id__in=ids).values_list(
                "strategy_id", "outcome"
            )
        ),
        saved=set(
            ToolkitItem.objects.filter(user=user, strategy_id__in=ids).values_list(
                "strategy_id", flat=True
            )
        ),
    )


# --- one strategy -------------------------------------------------------------------


def my_rating(user, strategy: Strategy) -> Rating | None:
    if not user.is_authenticated:
        return None
    return Rating.objects.filter(user=user, strategy=strategy).select_related("group").first()


def in_toolkit(user, strategy: Strategy) -> bool:
    return (
        user.is_authenticated and ToolkitItem.objects.filter(user=user, strategy=strategy).exists()
    )


def notes_for(user, strategy: Strategy, limit: int = 50) -> list[Rating]:
    """Notes the reader may see: their own and those shared with their groups."""
    if not user.is_authenticated:
        return []
    return list(
        Rating.objects.filter(readable_notes_q(user), strategy=strategy)
        .exclude(note="")
        .select_related("user", "group")
        .order_by("-updated_at", "-id")[:limit]
    )


# --- the toolkit ------------------------------------------------------------------


def toolkit_of(user) -> list[Strategy]:
    """The member's saved strategies they may still read, most recently saved first."""
    saved = ToolkitItem.objects.filter(user=user).order_by("-created_at", "-id")
    ids = list(saved.values_list("strategy_id", flat=True)[:200])
    by_id = {s.pk: s for s in _with_categories(visible_strategies(user).filter(pk__in=ids))}
    return [by_id[pk] for pk in ids if pk in by_id]


# --- a group's list ---------------------------------------------------------------


@dataclass(frozen=True)
class GroupTally:
    helped: int
    tried: int

    @property
    def score(self) -> float:
        return wilson_lower_bound(self.helped, self.tried)


@dataclass
class GroupStrategies:
    pinned: list[Strategy]
    helped: list[tuple[Strategy, GroupTally]]
    own: list[Strategy]
    for_topics: list[Strategy]
    hidden: list[Strategy]
    notes: list[Rating]
    topics: list[Topic]


def group_tallies(group: Group) -> dict[int, GroupTally]:
    """Per strategy, the ratings members shared with this group."""
    rows = (
        Rating.objects.filter(group=group)
        .values("strategy_id")
        .annotate(
            helped=Count("pk", filter=Q(outcome__in=Rating.HELPED)),
            tried=Count("pk"),
        )
        .order_by()
    )
    return {row["strategy_id"]: GroupTally(row["helped"], row["tried"]) for row in rows}


def group_strategies(group: Group, *, include_hidden: bool) -> GroupStrategies:
    """The group's list. Callers have checked Need.MEMBER; a fixed number of queries.

    Pinned first, then "what helped members of this group" (ranked by the
    Wilson bound of the ratings members shared with the group), the strategies
    shared only here, and the most helpful ones for the group's topics.
    """
    curations = list(
        GroupCuration.objects.filter(group=group).values_list(
            "strategy_id", "pinned_at", "hidden_at"
        )
    )
    pinned_ids = [
        pk for pk, pinned, _h in sorted((c for c in curations if c[1]), key=lambda c: c[1])
    ]
    hidden_ids = {pk for pk, _p, hidden in curations if hidden}
    shown = {*pinned_ids, *hidden_ids}

    tallies = group_tallies(group)
    ranked = sorted(
        (pk for pk in tallies if pk not in shown),
        key=lambda pk: (-tallies[pk].score, -tallies[pk].tried, -pk),
    )[:GROUP_SECTION_SIZE]
    shown.update(ranked)

    own_ids = list(
        Strategy.objects.filter(group=group)
        .exclude(pk__in=shown)
        .order_by("-score", "-id")
        .values_list("pk", flat=True)[: GROUP_SECTION_SIZE * 5]
    )
    shown.update(own_ids)

    # The group's topics through their own table: a join from topics to every group's
    # topics would read them all. Their children come from the per-process taxonomy.
    topics, topic_ids = taxonomy.topics_with_children(
        Group.topics.through.objects.filter(group=group).values_list("topic_id", flat=True)
    )
    for_topic_ids: list[int] = []
    if topic_ids:
        for_topic_ids = list(
            Strategy.objects.filter(_in_topics(topic_ids), group__isnull=True)
            .exclude(pk__in=shown)
            .order_by("-score", "-id")
            .values_list("pk", flat=True)[:GROUP_SECTION_SIZE]
        )

    wanted = [*pinned_ids, *ranked, *own_ids, *for_topic_ids]
    if include_hidden:
        wanted += list(hidden_ids)
    # Only what this group may list: strategies for everyone and its own.
    allowed = Strategy.objects.filter(Q(group__isnull=True) | Q(group=group), pk__in=wanted)
    by_id = {s.pk: s for s in _with_categories(allowed)} if wanted else {}

    def pick(ids) -> list[Strategy]:
        return [by_id[pk] for pk in ids if pk in by_id]

    notes = list(
        Rating.objects.filter(group=group)
        .exclude(note="")
        .exclude(strategy_id__in=hidden_ids)
        .select_related("user", "strategy")
        .order_by("-updated_at", "-id")[:GROUP_SECTION_SIZE]
    )
    return GroupStrategies(
        pinned=pick(pinned_ids),
        helped=[(by_id[pk], tallies[pk]) for pk in ranked if pk in by_id],
        own=pick(own_ids),
        for_topics=pick(for_topic_ids),
        hidden=pick(sorted(hidden_ids)) if include_hidden else [],
        notes=notes,
        topics=topics,
    )


def curation_target(group: Group, strategy_id: int) -> Strategy:
    """A strategy a group's list may hold (for everyone, or the group's own), else Http404."""
    strategy = (
        Strategy.objects.filter(Q(group__isnull=True) | Q(group=group), pk=strategy_id)
        .select_related("group")
        .first()
    )
    if strategy is None:
        raise Http404("No such strategy in this group")
    return strategy


# --- group resources --------------------------------------------------------------


@dataclass
class GroupResources:
    approved: list[Resource]
    suggestions: list[Resource]  # waiting: all of them for moderators, one's own otherwise


def resources_of(group: Group, *, user, moderator: bool) -> GroupResources:
    """Callers have checked Need.MEMBER."""
    approved = list(
        Resource.objects.filter(group=group, state=Resource.State.APPROVED).order_by(
            "kind", "title", "pk"
        )
    )
    waiting = Resource.objects.filter(group=group, state=Resource.State.SUGGESTED)
    if not moderator:
        waiting = waiting.filter(suggested_by=user)
    suggestions = list(waiting.select_related("suggested_by").order_by("created_at", "pk")[:100])
    return GroupResources(approved=approved, suggestions=suggestions)


# --- experiences with a treatment -------------------------------------------------


def strategies_with_treatment(user, slug: str, limit: int = GROUP_SECTION_SIZE) -> list[Strategy]:
    """The most helpful strategies `user` may read that carry the treatment tag `slug`."""
    return list(
        _with_categories(
            visible_strategies(user)
            .filter(treatments_text__contains=treatment_tags.contains(slug))
            .order_by("-score", "-id")
        )[:limit]
    )
