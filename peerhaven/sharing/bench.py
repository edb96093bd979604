"""The sharing steps of `peerhaven bench-seed --posts N --replies M`: posts, replies, reactions.

Registered in bench_seed's `STEPS` after the memberships. Made in memory from what the earlier
steps left on the plan (`plan.groups`: each group's row, id and people) and written with
`insert_rows`:

- N posts over the seeded groups, more in some groups than others (a group's share grows with
  its active members times a long-tailed factor, so the busiest groups hold a few thousand
  posts), each by one of the group's active members, over the group's life; kinds 50% share,
  20% question, 15% triumph, 15% check-in (with a mood); 10% anonymous, 12% with content
  warnings; 97% published, the rest deleted, removed (with a reason) or held;
- M replies over the published posts (some posts draw many more than others), each by an
  active member of the post's group, after the post; 98% published, the rest deleted, removed
  or held; some replies to questions marked helpful;
- empathy reactions: a few on most published posts and on a third of the published replies,
  each member at most once per kind;
- every post's `reply_count` is the number of its published replies, as the services keep it.

Bodies come from word lists with a cheap escaped `<p>…</p>` for `body_html` (no renderer call
per row), and carry no crisis language.

Import order: bench_seed imports this module; this module reaches bench_seed's helpers only
inside functions, so either can be imported first.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import timedelta
from html import escape
from typing import TYPE_CHECKING

from peerhaven.sharing.models import ContentWarning, Post, PostReaction, Reaction, Reply, State

if TYPE_CHECKING:
    from peerhaven.groups.management.commands.bench_seed import Plan

KIND_WEIGHTS = [("share", 50), ("question", 20), ("triumph", 15), ("check_in", 15)]
POST_STATES = [(State.PUBLISHED, 970), (State.DELETED, 15), (State.REMOVED, 10), (State.HELD, 5)]
REPLY_STATES = [(State.PUBLISHED, 980), (State.DELETED, 10), (State.REMOVED, 5), (State.HELD, 5)]
WARNINGS = list(ContentWarning.values)
REACTIONS = list(Reaction.values)
REPLY_WINDOW = timedelta(days=7)  # replies come within a week of the post
REACTION_WINDOW = timedelta(days=2)  # reactions within two days of what they react to

SENTENCES_EN = [
    "This week was harder than I expected.",
    "I managed to get outside for a walk every morning.",
    "Some days the smallest tasks feel enormous.",
    "Talking here last time really helped me.",
    "I finally called the doctor I had been putting off.",
    "Sleep has been patchy, but better than last month.",
    "I noticed I was comparing myself to others again.",
    "Does anyone else find Sunday evenings the hardest?",
    "I tried the breathing exercise someone shared and it helped.",
    "Work has been a lot, and I am learning to say no.",
    "I am grateful for this group and for being heard.",
    "My sister came to visit and we cooked together.",
    "I wrote down three good things before bed each night.",
    "Progress is slow, but it is progress.",
    "How do you all handle the first hour after waking up?",
]
SENTENCES_ES = [
    "Esta semana fue más difícil de lo que esperaba.",
    "Conseguí salir a caminar cada mañana.",
    "Algunos días las tareas pequeñas parecen enormes.",
    "Hablar aquí la última vez me ayudó mucho.",
    "Por fin llamé al médico que venía posponiendo.",
    "Duermo a ratos, pero mejor que el mes pasado.",
    "¿Alguien más siente que los domingos por la tarde son lo más difícil?",
    "Probé el ejercicio de respiración que alguien compartió y me ayudó.",
    "Agradezco este grupo y sentirme escuchada.",
    "El progreso es lento, pero es progreso.",
]
REPLIES_EN = [
    "Same here, thank you for putting it into words.",
    "That sounds like a real step forward.",
    "I hear you. Be gentle with yourself this week.",
    "What helped me was writing things down before bed.",
    "Sending strength your way.",
    "Thank you for sharing this with us.",
    "I had a similar week; you are not alone in this.",
    "Small steps count. Well done for noticing.",
]
REPLIES_ES = [
    "Me pasa lo mismo, gracias por ponerlo en palabras.",
    "Suena a un paso importante.",
    "Te escucho. Cuídate mucho esta semana.",
    "Gracias por compartirlo con nosotros.",
    "No estás sola en esto.",
]
REMOVAL_REASON = "Removed by a facilitator: off-topic for this group."


def _weights(rng: random.Random, plan: Plan) -> list[float]:
    """How busy each group is: its active members times a long-tailed factor."""
    return [
        (1 + p.cofacilitator + p.active) * min(rng.paretovariate(1.3), 60.0) for p in plan.groups
    ]


def _body(rng: random.Random, sentences: list[str], low: int, high: int) -> tuple[str, str]:
    lines = rng.sample(sentences, rng.randint(low, high))
    paragraphs = [" ".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    return "\n\n".join(paragraphs), "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def _new_ids(model, after: int, expected: int) -> list[int]:
    """Ids of the rows just inserted, in insertion order (ids grow with each insert)."""
    ids = list(model.objects.filter(pk__gt=after).order_by("pk").values_list("pk", flat=True))
    if len(ids) != expected:
        raise RuntimeError(f"{model.__name__}: inserted {expected:,} rows, found {len(ids):,}")
    return ids


def _last_id(model) -> int:
    return model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _reactions(
    rng: random.Random, members: list[int], target: str, target_id: int, when, now, most: int
) -> list[dict]:
    rows = []
    span = max(0.0, min(REACTION_WINDOW, now - when).total_seconds())
    for user_id in rng.sample(members, rng.randint(0, min(most, len(members)))):
        at = when + timedelta(seconds=rng.random() * span)
        for kind in rng.sample(REACTIONS, 1 if rng.random() < 0.8 else 2):
            rows.append(
                {
                    "post_id": target_id if target == "post" else None,
                    "reply_id": target_id if target == "reply" else None,
                    "user_id": user_id,
                    "kind": kind,
                    "created_at": at,
                }
            )
    return rows


def seed_posts(plan: Plan) -> str:
    from peerhaven.groups.management.commands.bench_seed import (
        DAYS_OF_HISTORY,
        _pick,
        insert_rows,
    )

    wanted = plan.posts_wanted
    if wanted <= 0:
        return "skipped (--posts 0)"
    rng = plan.rng
    now = plan.now
    groups = rng.choices(plan.groups, weights=_weights(rng, plan), k=wanted)
    posts: list[dict] = []
    for group_plan in groups:
        members = group_plan.people[: 1 + group_plan.cofacilitator + group_plan.active]
        spanish = group_plan.row["language_id"] == "es"
        kind = _pick(rng, KIND_WEIGHTS)
        state = _pick(rng, POST_STATES)
        created = plan.when_before(DAYS_OF_HISTORY, after=group_plan.row["created_at"])
        body, body_html = _body(rng, SENTENCES_ES if spanish else SENTENCES_EN, 1, 5)
        warnings = ""
        note = ""
        if rng.random() < 0.12:
            warnings = "," + ",".join(rng.sample(WARNINGS, rng.randint(1, 2))) + ","
            note = "Mentions a hard week." if rng.random() < 0.3 else ""
        removed = state == State.REMOVED
        posts.append(
            {
                "group_id": group_plan.pk,
                "author_id": rng.choice(members),
                "kind": kind,
                "mood": rng.choice(Post.MOODS) if kind == "check_in" else "",
                "body": body,
                "body_html": body_html,
                "anonymous": rng.random() < 0.1,
                "warnings_text": warnings,
                "warning_note": note,
                "state": state,
                "removal_reason": REMOVAL_REASON if removed else "",
                "removed_by_id": group_plan.people[0] if removed else None,
                "created_at": created,
                "edited_at": created + timedelta(minutes=rng.randint(1, 60))
                if rng.random() < 0.05
                else None,
                "reply_count": 0,
            }
        )
    posts.sort(key=lambda row: row["created_at"])  # ids grow with time, as they do for real
    # Replies, counted into reply_count before the posts are written.
    published = [i for i, row in enumerate(posts) if row["state"] == State.PUBLISHED]
    popularity = list(itertools.accumulate(rng.expovariate(1.0) for _ in published))
    targets = (
        rng.choices(published, cum_weights=popularity, k=plan.replies_wanted) if published else []
    )
    people = {p.pk: p.people[: 1 + p.cofacilitator + p.active] for p in plan.groups}
    language = {p.pk: p.row["language_id"] for p in plan.groups}
    facilitator = {p.pk: p.people[0] for p in plan.groups}
    replies: list[tuple[int, dict]] = []
    published_replies: Counter[int] = Counter()
    for index in targets:
        post = posts[index]
        created = post["created_at"]
        span = min(REPLY_WINDOW, now - created).total_seconds()
        when = created + timedelta(seconds=rng.random() * span)
        state = _pick(rng, REPLY_STATES)
        if state == State.PUBLISHED:
            published_replies[index] += 1
        sentences = REPLIES_ES if language[post["group_id"]] == "es" else REPLIES_EN
        body, body_html = _body(rng, sentences, 1, 2)
        removed = state == State.REMOVED
        replies.append(
            (
                index,
                {
                    "author_id": rng.choice(people[post["group_id"]]),
                    "body": body,
                    "body_html": body_html,
                    "anonymous": rng.random() < 0.05,
                    "state": state,
                    "removal_reason": REMOVAL_REASON if removed else "",
                    "removed_by_id": facilitator[post["group_id"]] if removed else None,
                    "helpful": post["kind"] == "question" and rng.random() < 0.1,
                    "created_at": when,
                    "edited_at": None,
                },
            )
        )
    for index, count in published_replies.items():
        posts[index]["reply_count"] = count

    before = _last_id(Post)
    insert_rows(Post, posts, now=now)
    post_ids = _new_ids(Post, before, len(posts))
    replies.sort(key=lambda pair: pair[1]["created_at"])
    for index, row in replies:
        row["post_id"] = post_ids[index]
    reply_rows = [row for _, row in replies]
    before = _last_id(Reply)
    insert_rows(Reply, reply_rows, now=now)
    reply_ids = _new_ids(Reply, before, len(reply_rows))

    reactions: list[dict] = []
    for index in published:
        post = posts[index]
        reactions += _reactions(
            rng, people[post["group_id"]], "post", post_ids[index], post["created_at"], now, 6
        )
    for (index, row), reply_id in zip(replies, reply_ids, strict=True):
        if row["state"] == State.PUBLISHED and rng.random() < 1 / 3:
            members = people[posts[index]["group_id"]]
            reactions += _reactions(rng, members, "reply", reply_id, row["created_at"], now, 2)
    reactions.sort(key=lambda row: row["created_at"])
    insert_rows(PostReaction, reactions, now=now)
    return (
        f"{len(posts):,} posts ({len(published):,} published), {len(reply_rows):,} replies, "
        f"{len(reactions):,} reactions"
    )
