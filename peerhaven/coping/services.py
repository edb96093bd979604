"""Every write about strategies, ratings, toolkits, group curation and group resources."""

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven.coping import indexing
from peerhaven.coping.models import (
    MAX_NOTE_CHARS,
    MAX_STEPS,
    MAX_STEPS_CHARS,
    GroupCuration,
    Rating,
    Resource,
    Strategy,
    ToolkitItem,
    split_steps,
    valid_phone,
    validate_web_url,
    wilson_lower_bound,
)
from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, check, may_read_content
from peerhaven.groups.models import Group
from peerhaven.sharing import treatments as treatment_tags

LANGUAGES = [code for code, _name in settings.LANGUAGES]
COUNTER = {
    Rating.Outcome.HELPED_A_LOT: "helped_a_lot_count",
    Rating.Outcome.HELPED_A_BIT: "helped_a_bit_count",
    Rating.Outcome.NOT_FOR_ME: "not_for_me_count",
}


# --- strategies ----------------------------------------------------------------


def _require_member(actor, group: Group) -> None:
    if not may_read_content(actor, group):
        raise ActionRefused(
            _("You can only share with a group you are an active member of."), code="not_member"
        )


def _require_visible(actor, strategy: Strategy) -> None:
    """Group-only strategies are for their group's active members (raises Http404 / 403)."""
    if strategy.group_id is not None:
        check(actor, strategy.group, need=Need.MEMBER)


def _text_fields(data: dict[str, Any]) -> dict[str, Any]:
    """The validated columns for a member's strategy, in the language they wrote it in."""
    language = data.get("language") or "en"
    if language not in LANGUAGES:
        raise ActionRefused(_("Choose English or Spanish."), code="bad_language")
    title = (data.get("title") or "").strip()
    why = (data.get("why") or "").strip()
    steps_text = data.get("steps") or ""
    if isinstance(steps_text, list | tuple):
        steps_text = "\n".join(steps_text)
    if not title or len(title) > 120:
        raise ActionRefused(_("Give the strategy a title of up to 120 characters."), code="title")
    if not why or len(why) > 500:
        raise ActionRefused(
            _("Say in a sentence or two (up to 500 characters) why it can help."), code="why"
        )
    if len(steps_text) > MAX_STEPS_CHARS:
        raise ActionRefused(
            _("Steps can be at most 5,000 characters in all. Keep each step short."),
            code="steps_too_long",
        )
    steps = split_steps(steps_text)
    if not steps:
        raise ActionRefused(_("Add at least one step, one per line."), code="no_steps")
    if len(steps) > MAX_STEPS:
        raise ActionRefused(_("Keep it to 30 steps or fewer."), code="too_many_steps")
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or not 1 <= minutes <= 240:
        raise ActionRefused(_("Say how many minutes it takes, from 1 to 240."), code="bad_minutes")
    if not data.get("categories"):
        raise ActionRefused(_("Choose at least one category."), code="no_category")
    fields: dict[str, Any] = {"language": language, "minutes": minutes}
    if "treatments" in data:
        fields["treatments_text"] = treatment_tags.clean(data["treatments"])
    for code in LANGUAGES:
        written = code == language
        fields[f"title_{code}"] = title if written else ""
        fields[f"why_{code}"] = why if written else ""
        fields[f"steps_{code}"] = "\n".join(steps) if written else ""
    return fields


@transaction.atomic
def create_strategy(*, actor, data: dict[str, Any]) -> Strategy:
    """Share a strategy with everyone (`data["group"]` None) or only inside one of the actor's groups."""
    if not actor.is_authenticated or not actor.has_current_coc:
        raise ActionRefused(
            _("Accept the code of conduct before sharing a strategy."), code="coc_required"
        )
    group = data.get("group")
    if group is not None:
        _require_member(actor, group)
    strategy = Strategy(author=actor, group=group, **_text_fields(data))
    strategy.save()
    strategy.categories.set(data["categories"])
    strategy.topics.set(data.get("topics") or [])
    indexing.index_strategy(strategy)
    return strategy


def _require_author(actor, strategy: Strategy) -> None:
    _require_visible(actor, strategy)
    if not actor.is_authenticated or strategy.author_id != actor.pk:
        raise ActionRefused(
            _("Only the member who shared a strategy can change it."), code="not_author"
        )


@transaction.atomic
def update_strategy(*, actor, strategy: Strategy, data: dict[str, Any]) -> Strategy:
    strategy = (
        Strategy.objects.select_for_update(of=("self",)).select_related("group").get(pk=strategy.pk)
    )
    _require_author(actor, strategy)
    if "group" in data and data["group"] != strategy.group:
        if strategy.group_id is None or data["group"] is not None:
            # Narrowing would take it away from people who saved and rated it.
            raise ActionRefused(
                _(
                    "A strategy can go from one group to everyone, but not from everyone "
                    "(or from one group) into a group."
                ),
                code="scope_narrowed",
            )
        strategy.group = None
    for name, value in _text_fields(data).items():
        setattr(strategy, name, value)
    strategy.save()
    strategy.categories.set(data["categories"])
    strategy.topics.set(data.get("topics") or [])
    indexing.index_strategy(strategy)
    return strategy


@transaction.atomic
def delete_strategy(*, actor, strategy: Strategy) -> None:
    strategy = (
        Strategy.objects.select_for_update(of=("self",)).select_related("group").get(pk=strategy.pk)
    )
    _require_author(actor, strategy)
    indexing.remove_strategy(strategy.pk)
    strategy.delete()


# --- "I tried this" ---------------------------------------------------------------


def _set_counts(strategy: Strategy, counts: dict[str, int]) -> None:
    for outcome, field in COUNTER.items():
        setattr(strategy, field, max(0, counts.get(outcome, 0)))
    strategy.score = wilson_lower_bound(strategy.helped_count, strategy.tried_count)
    strategy.save(update_fields=[*COUNTER.values(), "score"])


def _counts(strategy: Strategy) -> dict[str, int]:
    return {outcome: getattr(strategy, field) for outcome, field in COUNTER.items()}


@transaction.atomic
def rate_strategy(
    *, actor, strategy: Strategy, outcome: str, note: str = "", group: Group | None = None
) -> Rating:
    """Record or update the actor's one rating; the strategy's counters and score follow at once.

    `group`: share the rating (and its note) with one of the actor's groups. A
    group-only strategy's ratings always belong to its group.
    """
    if not actor.is_authenticated:
        raise ActionRefused(_("Sign in to say how a strategy went."), code="login")
    strategy = (
        Strategy.objects.select_for_update(of=("self",)).select_related("group").get(pk=strategy.pk)
    )
    _require_visible(actor, strategy)
    if outcome not in Rating.Outcome.values:
        raise ActionRefused(
            _("Choose how it went: helped a lot, helped a bit, or not for me."),
            code="bad_outcome",
        )
    note = (note or "").strip()
    if len(note) > MAX_NOTE_CHARS:
        raise ActionRefused(_("Keep the note to 500 characters or fewer."), code="note_too_long")
    if strategy.group_id is not None:
        group = strategy.group
    elif group is not None:
        _require_member(actor, group)
    now = timezone.now()
    counts = _counts(strategy)
    rating = Rating.objects.filter(strategy=strategy, user=actor).first()
    if rating is None:
        rating = Rating(strategy=strategy, user=actor, created_at=now)
    else:
        counts[rating.outcome] -= 1
    rating.outcome = outcome
    rating.note = note
    rating.group = group
    rating.updated_at = now
    rating.save()
    counts[outcome] += 1
    _set_counts(strategy, counts)
    return rating


@transaction.atomic
def remove_rating(*, actor, strategy: Strategy) -> None:
    strategy = (
        Strategy.objects.select_for_update(of=("self",)).select_related("group").get(pk=strategy.pk)
    )
    _require_visible(actor, strategy)
    rating = Rating.objects.filter(strategy=strategy, user=actor).first()
    if rating is None:
        raise ActionRefused(_("You haven't rated this strategy."), code="not_rated")
    counts = _counts(strategy)
    counts[rating.outcome] -= 1
    rating.delete()
    _set_counts(strategy, counts)


def recount(strategy_ids: Iterable[int]) -> None:
    """Recompute counters and scores from the ratings themselves. Call inside a transaction."""
    ids = sorted(set(strategy_ids))
    if not ids:
        return
    tallies: dict[int, dict[str, int]] = {pk: {} for pk in ids}
    rows = (
        Rating.objects.filter(strategy_id__in=ids)
        .values_list("strategy_id", "outcome")
        .annotate(number=Count("pk"))
        .order_by()
    )
    for strategy_id, outcome, number in rows:
        tallies[strategy_id][outcome] = number
    for strategy in Strategy.objects.select_for_update().filter(pk__in=ids):
        _set_counts(strategy, tallies[strategy.pk])


# --- the personal toolkit ---------------------------------------------------------


@transaction.atomic
def save_to_toolkit(*, actor, strategy: Strategy) -> ToolkitItem:
    if not actor.is_authenticated:
        raise ActionRefused(_("Sign in to keep a toolkit."), code="login")
    _require_visible(actor, strategy)
    item, _created = ToolkitItem.objects.get_or_create(user=actor, strategy=strategy)
    return item


@transaction.atomic
def remove_from_toolkit(*, actor, strategy: Strategy) -> None:
    ToolkitItem.objects.filter(user=actor, strategy=strategy).delete()


# --- a group's list ----------------------------------------------------------------

CURATE_ACTIONS = ("pin", "unpin", "hide", "show")


@transaction.atomic
def curate_strategy(
    *, actor, group: Group, strategy: Strategy, action: str
) -> GroupCuration | None:
    """Pin a strategy to the top of the group's list or hide it from that list (not elsewhere)."""
    check(actor, group, need=Need.COFACILITATOR)
    if strategy.group_id not in (None, group.pk):
        raise ActionRefused(_("That strategy is not shared with this group."), code="elsewhere")
    if action not in CURATE_ACTIONS:
        raise ActionRefused(_("Choose pin, unpin, hide or show."), code="bad_action")
    curation = (
        GroupCuration.objects.select_for_update().filter(group=group, strategy=strategy).first()
    )
    if curation is None:
        curation = GroupCuration(group=group, strategy=strategy)
    now = timezone.now()
    if action == "pin":
        curation.pinned_at, curation.hidden_at = curation.pinned_at or now, None
    elif action == "hide":
        curation.pinned_at, curation.hidden_at = None, curation.hidden_at or now
    elif action == "unpin":
        curation.pinned_at = None
    else:
        curation.hidden_at = None
    if curation.pinned_at is None and curation.hidden_at is None:
        if curation.pk:
            curation.delete()
        return None
    curation.updated_by = actor
    curation.save()
    return curation


# --- group resources ----------------------------------------------------------------


def _clean_url(url: str) -> str:
    url = (url or "").strip()
    if not url:
        return ""
    if not urlsplit(url).scheme and not url.startswith("//"):
        url = f"https://{url}"
    try:
        validate_web_url(url)
    except ValidationError:
        raise ActionRefused(
            _("Only web links that start with http:// or https:// can be added."),
            code="bad_url",
        ) from None
    if len(url) > 500:
        raise ActionRefused(_("That web address is too long."), code="bad_url")
    return url


def resource_fields(data: dict[str, Any]) -> dict[str, Any]:
    kind = data.get("kind")
    if kind not in Resource.Kind.values:
        raise ActionRefused(
            _("Choose a link, a book, a local service or a hotline."), code="bad_kind"
        )
    title = (data.get("title") or "").strip()
    if not title or len(title) > 120:
        raise ActionRefused(_("Give it a title of up to 120 characters."), code="title")
    url = _clean_url(data.get("url") or "")
    phone = (data.get("phone") or "").strip()
    if phone and not valid_phone(phone):
        raise ActionRefused(
            _("Write the phone number with digits, spaces and an optional leading +."),
            code="bad_phone",
        )
    note = (data.get("note") or "").strip()
    if len(note) > 500:
        raise ActionRefused(_("Keep the note to 500 characters or fewer."), code="note_too_long")
    if kind == Resource.Kind.LINK and not url:
        raise ActionRefused(_("A link needs a web address."), code="url_required")
    if kind == Resource.Kind.HOTLINE and not (phone or url):
        raise ActionRefused(
            _("A hotline needs a phone number or a web address."), code="contact_required"
        )
    return {"kind": kind, "title": title, "url": url, "phone": phone, "note": note}


@transaction.atomic
def add_resource(*, actor, group: Group, data: dict[str, Any]) -> Resource:
    """Facilitators add straight to the list; members suggest, for a facilitator to approve."""
    access = check(actor, group, need=Need.MEMBER)
    fields = resource_fields(data)
    now = timezone.now()
    if access.can_moderate:
        return Resource.objects.create(
            group=group,
            state=Resource.State.APPROVED,
            suggested_by=actor,
            decided_by=actor,
            decided_at=now,
            created_at=now,
            **fields,
        )
    return Resource.objects.create(
        group=group, state=Resource.State.SUGGESTED, suggested_by=actor, created_at=now, **fields
    )


@transaction.atomic
def decide_resource(*, actor, group: Group, resource_id: int, approve: bool) -> Resource:
    check(actor, group, need=Need.COFACILITATOR)
    resource = (
        Resource.objects.select_for_update()
        .filter(group=group, pk=resource_id, state=Resource.State.SUGGESTED)
        .first()
    )
    if resource is None:
        raise ActionRefused(_("That suggestion has already been answered."), code="not_suggested")
    resource.state = Resource.State.APPROVED if approve else Resource.State.DECLINED
    resource.decided_by = actor
    resource.decided_at = timezone.now()
    resource.save(update_fields=["state", "decided_by", "decided_at"])
    return resource


@transaction.atomic
def remove_resource(*, actor, group: Group, resource_id: int) -> None:
    check(actor, group, need=Need.COFACILITATOR)
    deleted, _detail = Resource.objects.filter(group=group, pk=resource_id).delete()
    if not deleted:
        raise ActionRefused(_("That resource is not in this group's list."), code="no_resource")
