"""Coping strategies: the library, one strategy, “I tried this” ratings and the toolkit.

A strategy shared with everyone is readable by anyone; one shared only inside a group by that
group's active members (coping.selectors.access_strategy asks groups/access.py)."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Schema, Status
from pydantic import Field

from peerhaven.api import present
from peerhaven.api.auth import ANYONE
from peerhaven.api.endpoints import answers
from peerhaven.api.errors import ApiError
from peerhaven.api.pagination import decode_position, encode_position
from peerhaven.api.schemas import (
    MAX_ID,
    MyRatingOut,
    RatingIn,
    StrategyDetail,
    StrategyList,
    StrategySort,
    Text,
    ToolkitOut,
)
from peerhaven.coping import selectors, services, taxonomy
from peerhaven.groups.access import Need, access_group

router = Router(tags=["coping"])
toolkit_router = Router(tags=["coping"])

StrategyId = Path(..., ge=1, le=MAX_ID)


class LibraryFilters(Schema):
    q: Text = Field("", max_length=200, description="Words to search for.")
    topic: Text | None = Field(None, max_length=60, description="A topic slug (GET /topics).")
    category: Text | None = Field(None, max_length=60, description="breathing, grounding…")
    max_minutes: int | None = Field(None, ge=1, le=240, description="Takes at most this long.")
    sort: StrategySort | None = Field(
        None, description="Default: relevance with `q`, else helpful."
    )
    cursor: Text | None = Field(None, max_length=200)


def _tally(strategy) -> dict:
    return {
        "tried": strategy.tried_count,
        "helped": strategy.helped_count,
        "helped_a_lot": strategy.helped_a_lot_count,
        "helped_a_bit": strategy.helped_a_bit_count,
        "not_for_me": strategy.not_for_me_count,
        "score": round(strategy.score, 4),
    }


def _card(strategy, marks: selectors.Marks) -> dict:
    return {
        "id": strategy.pk,
        "title": strategy.title,
        "why": strategy.why,
        "minutes": strategy.minutes,
        "language": strategy.shown_language,
        "categories": [present.named(category) for category in strategy.categories.all()],
        "group": strategy.group.slug if strategy.group_id else None,
        "tally": _tally(strategy),
        "my_outcome": marks.outcomes.get(strategy.pk),
        "saved": strategy.pk in marks.saved,
        "url": present.absolute(strategy.get_absolute_url()),
    }


def _detail(request: HttpRequest, strategy_id: int) -> dict:
    user = request.user
    strategy_access = selectors.access_strategy(user, strategy_id)
    strategy = strategy_access.strategy
    rating = selectors.my_rating(user, strategy)
    marks = selectors.Marks(
        outcomes={strategy.pk: rating.outcome} if rating else {},
        saved={strategy.pk} if selectors.in_toolkit(user, strategy) else set(),
    )
    data = _card(strategy, marks)
    data.update(
        {
            "steps": strategy.steps,
            "topics": [present.named(topic) for topic in strategy.topics.all()],
            "mine": strategy_access.is_author,
            "my_rating": (
                {
                    "outcome": rating.outcome,
                    "note": rating.note,
                    "shared_with": rating.group.slug if rating.group else None,
                }
                if rating
                else None
            ),
            "notes": [
                {
                    "name": note.user.public_name,
                    "outcome": note.outcome,
                    "note": note.note,
                    "group": note.group.slug if note.group else None,
                    "mine": note.user_id == user.pk,
                    "updated_at": note.updated_at,
                }
                for note in selectors.notes_for(user, strategy)
            ],
        }
    )
    return data


@router.get("", response=answers(200, StrategyList), auth=ANYONE)
def list_strategies(request: HttpRequest, filters: Query[LibraryFilters]):
    """The strategy library, most helpful first: shared with everyone, and with your groups."""
    q = filters.q.strip()
    query = selectors.LibraryQuery(
        q=q,
        max_minutes=filters.max_minutes,
        sort=filters.sort.value if filters.sort else ("relevance" if q else "helpful"),
        page=decode_position("p", filters.cursor) or 1,
    )
    if filters.topic:
        query.topic, query.topic_ids = taxonomy.topic_with_children(filters.topic)
        if query.topic is None:
            raise ApiError(
                422, "unknown_topic", _("There is no topic “%(value)s”.") % {"value": filters.topic}
            )
    if filters.category:
        if taxonomy.category_id(filters.category) is None:
            raise ApiError(
                422,
                "unknown_category",
                _("There is no category “%(value)s”.") % {"value": filters.category},
            )
        query.category = filters.category
    page = selectors.search_library(query, user=request.user)
    marks = selectors.marks_for(request.user, page.strategies)
    return {
        "items": [_card(strategy, marks) for strategy in page.strategies],
        "total": page.total,
        "next_cursor": encode_position("p", page.page + 1) if page.has_next else None,
    }


@router.get("/{int:strategy_id}", response=answers(200, StrategyDetail), auth=ANYONE)
def get_strategy(request: HttpRequest, strategy_id: int = StrategyId):
    """A strategy with its steps, its tally, your rating and the notes you may read."""
    return _detail(request, strategy_id)


@router.put("/{int:strategy_id}/rating", response=answers(200, MyRatingOut))
def rate_strategy(request: HttpRequest, payload: RatingIn, strategy_id: int = StrategyId):
    """Say how it went for you (one rating each, changeable). Everyone sees only the counts;
    members of the group you share with also read your note."""
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    group = None
    if payload.group:
        group = access_group(request.user, payload.group, need=Need.MEMBER).group
    rating = services.rate_strategy(
        actor=request.user,
        strategy=strategy,
        outcome=payload.outcome.value,
        note=payload.note,
        group=group,
    )
    return {
        "outcome": rating.outcome,
        "note": rating.note,
        "shared_with": rating.group.slug if rating.group else None,
    }


@router.delete("/{int:strategy_id}/rating", response=answers(204, None))
def remove_strategy_rating(request: HttpRequest, strategy_id: int = StrategyId):
    """Take your rating back."""
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    services.remove_rating(actor=request.user, strategy=strategy)
    return Status(204, None)


@router.put("/{int:strategy_id}/toolkit", response=answers(204, None))
def save_to_toolkit(request: HttpRequest, strategy_id: int = StrategyId):
    """Keep the strategy in your toolkit."""
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    services.save_to_toolkit(actor=request.user, strategy=strategy)
    return Status(204, None)


@router.delete("/{int:strategy_id}/toolkit", response=answers(204, None))
def remove_from_toolkit(request: HttpRequest, strategy_id: int = StrategyId):
    """Take the strategy out of your toolkit."""
    strategy = selectors.access_strategy(request.user, strategy_id).strategy
    services.remove_from_toolkit(actor=request.user, strategy=strategy)
    return Status(204, None)


@toolkit_router.get("/toolkit", response=answers(200, ToolkitOut))
def get_toolkit(request: HttpRequest):
    """The strategies you saved (and may still read), most recently saved first."""
    strategies = selectors.toolkit_of(request.user)
    marks = selectors.marks_for(request.user, strategies)
    return {"items": [_card(strategy, marks) for strategy in strategies]}
