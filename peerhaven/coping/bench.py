"""The coping step of `peerhaven bench-seed`: strategies and "I tried this" ratings, in bulk.

One strategy per group and ten ratings per member: with bench-seed's defaults (10,000 groups,
100,000 members) that is 10,000 strategies and 1,000,000 ratings, the data set of
bench/coping.py. About one strategy in seven is shared only inside a group, and rated by that
group's members; the others are rated by everyone, the popular ones far more often (a Zipf
curve), each with its own chance of helping. A rating in twenty is shared with one of the
rater's groups, some with a short note. The counters and scores are computed from the ratings
made, exactly as the rating service keeps them.

Rows go in with bench-seed's `insert_rows` (executemany in batches); the counters with one
executemany UPDATE at the end; the search index with `search.index_many`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from django.db import connection

from peerhaven.coping import indexing
from peerhaven.coping.models import Category, Rating, Strategy, wilson_lower_bound
from peerhaven.groups import search
from peerhaven.groups.management.commands import bench_seed as seed
from peerhaven.sharing import treatments as treatment_tags

STRATEGIES_PER_GROUP = 1
RATINGS_PER_MEMBER = 10
GROUP_ONLY_SHARE = 0.15
SHARED_WITH_GROUP = 0.05
FLUSH = 100_000

ACTIVITIES_EN = [
    "A short walk",
    "Slow breathing",
    "A warm shower",
    "Writing it down",
    "Calling a friend",
    "Gentle stretching",
    "Listening to one album",
    "Cooking something simple",
    "Ten minutes of gardening",
    "Drawing circles",
    "A glass of cold water",
    "Counting backwards from 100",
    "Naming five colours",
    "Reading a few pages",
    "Tidying one shelf",
    "Sitting by a window",
    "Humming a tune",
    "Folding laundry",
    "A crossword",
    "Texting my sister",
]
WHEN_EN = [
    "before bed",
    "after work",
    "first thing in the morning",
    "when panic starts",
    "on hard days",
    "at lunchtime",
    "when I can't sleep",
    "after a group meeting",
    "with a friend",
    "on the bus",
]
ACTIVITIES_ES = [
    "Un paseo corto",
    "Respirar despacio",
    "Una ducha templada",
    "Escribirlo",
    "Llamar a una amiga",
    "Estirar con suavidad",
    "Escuchar un disco entero",
    "Cocinar algo sencillo",
    "Diez minutos de jardín",
    "Dibujar círculos",
    "Un vaso de agua fría",
    "Contar hacia atrás desde 100",
    "Ordenar un estante",
    "Leer unas páginas",
]
WHEN_ES = [
    "antes de dormir",
    "al salir del trabajo",
    "por la mañana",
    "cuando empieza el pánico",
    "en los días difíciles",
    "cuando no puedo dormir",
    "después de la reunión",
    "en el autobús",
]
WHY_EN = [
    "It gives my mind one small thing to hold on to.",
    "It slows everything down for a moment.",
    "It reminds me that the feeling will pass.",
    "It is small enough to do even on the worst days.",
    "It gets me out of my head and into my body.",
]
WHY_ES = [
    "Le da a mi mente una cosa pequeña a la que agarrarse.",
    "Lo frena todo durante un momento.",
    "Me recuerda que la sensación pasará.",
    "Es tan pequeño que puedo hacerlo hasta en los peores días.",
]
STEPS_EN = [
    "Notice that things are getting hard.",
    "Put your phone face down.",
    "Breathe out slowly three times.",
    "Start, and give it five minutes.",
    "Notice how you feel afterwards.",
    "Tell someone how it went, if you like.",
    "Do it again tomorrow at the same time.",
]
STEPS_ES = [
    "Date cuenta de que las cosas se ponen difíciles.",
    "Deja el móvil boca abajo.",
    "Exhala despacio tres veces.",
    "Empieza y dale cinco minutos.",
    "Fíjate en cómo te sientes después.",
    "Cuéntale a alguien cómo fue, si quieres.",
]
NOTES = [
    "It helped more than I expected.",
    "Hard to start, easier after a week.",
    "Not every day, but most days.",
    "Works best with someone else.",
]
OUTCOMES = [
    Rating.Outcome.HELPED_A_LOT.value,
    Rating.Outcome.HELPED_A_BIT.value,
    Rating.Outcome.NOT_FOR_ME.value,
]


def _text(rng, language: str) -> dict[str, str]:
    spanish = language == "es"
    activity = rng.choice(ACTIVITIES_ES if spanish else ACTIVITIES_EN)
    when = rng.choice(WHEN_ES if spanish else WHEN_EN)
    title = f"{activity} {when}"
    if rng.random() < 0.3:
        # The selective search terms of bench-seed, about one strategy in 400 each.
        title += f" ({rng.choice(seed.NATURE_WORDS)})"
    pool = STEPS_ES if spanish else STEPS_EN
    steps = rng.sample(pool, rng.randint(3, 5))
    why = rng.choice(WHY_ES if spanish else WHY_EN)
    other = "en" if spanish else "es"
    return {
        f"title_{language}": title[:120],
        f"why_{language}": why,
        f"steps_{language}": "\n".join(steps),
        f"title_{other}": "",
        f"why_{other}": "",
        f"steps_{other}": "",
    }


def seed_strategies(plan: seed.Plan) -> str:
    rng = plan.rng
    categories = list(Category.objects.order_by("position"))
    if not categories:
        raise seed.CommandError("The strategy categories are missing: run `peerhaven migrate`.")
    topic_weights = [seed.TOPIC_WEIGHTS.get(topic.slug, 1) for topic in plan.topics]
    # One strategy in four carries a treatment tag, in turn (no draw from the seeded generator,
    # so the rest of the data set stays what it was).
    tags = [tag.slug for tag in treatment_tags.all_tags()]
    wanted = len(plan.groups) * STRATEGIES_PER_GROUP

    rows, topic_links, category_links, owners = [], [], [], []
    for number in range(wanted):
        group_plan = rng.choice(plan.groups) if rng.random() < GROUP_ONLY_SHARE else None
        language = "es" if rng.random() < 0.3 else "en"
        topics: list[int] = []
        for _ in range(rng.choices([1, 2, 3], weights=[5, 4, 1])[0]):
            topic = rng.choices(plan.topics, weights=topic_weights)[0].pk
            if topic not in topics:
                topics.append(topic)
        rows.append(
            {
                "language": language,
                **_text(rng, language),
                "minutes": rng.choice([1, 2, 3, 5, 5, 10, 10, 15, 20, 30, 45, 60]),
                "group_id": group_plan.pk if group_plan else None,
                "author_id": group_plan.people[0] if group_plan else rng.choice(plan.user_ids),
                "created_at": plan.when_before(seed.DAYS_OF_HISTORY),
                "treatments_text": treatment_tags.encode([tags[number // 4 % len(tags)]])
                if tags and number % 4 == 0
                else "",
            }
        )
        topic_links.append(topics)
        category_links.append([c.pk for c in rng.sample(categories, rng.randint(1, 2))])
        owners.append(group_plan)
    before = set(Strategy.objects.values_list("pk", flat=True))
    seed.insert_rows(Strategy, rows, now=plan.now)
    ids = sorted(set(Strategy.objects.values_list("pk", flat=True)) - before)
    seed.insert_rows(
        Strategy.topics.through,
        [{"strategy_id": pk, "topic_id": t} for pk, ts in zip(ids, topic_links) for t in ts],
        now=plan.now,
    )
    seed.insert_rows(
        Strategy.categories.through,
        [{"strategy_id": pk, "category_id": c} for pk, cs in zip(ids, category_links) for c in cs],
        now=plan.now,
    )

    # Who rates what: group-only strategies by their group's members, the rest by anyone,
    # the popular ones much more often.
    active_groups: dict[int, list[int]] = defaultdict(list)
    for group_plan in plan.groups:
        for user_id in group_plan.people[: 1 + group_plan.cofacilitator + group_plan.active]:
            active_groups[user_id].append(group_plan.pk)
    group_only: dict[int, list[int]] = defaultdict(list)
    for pk, group_plan in zip(ids, owners):
        if group_plan is None:
            continue
        for user_id in group_plan.people[: 1 + group_plan.cofacilitator + group_plan.active]:
            if rng.random() < 0.5:
                group_only[user_id].append(pk)
    for_everyone = [pk for pk, owner in zip(ids, owners) if owner is None]
    rng.shuffle(for_everyone)
    cumulative = list(
        itertools.accumulate(1.0 / (rank + 10) ** 0.9 for rank in range(len(for_everyone)))
    )
    helps = {pk: rng.betavariate(2.0, 1.3) for pk in ids}
    group_of = dict(zip(ids, (owner.pk if owner else None for owner in owners)))

    tallies: dict[int, list[int]] = {pk: [0, 0, 0] for pk in ids}
    batch: list[dict] = []
    made = 0
    for user_id in plan.user_ids:
        picks = group_only.get(user_id, [])[:3]
        chosen = set(picks)
        if for_everyone:
            while len(picks) < RATINGS_PER_MEMBER and len(chosen) < len(ids):
                for pk in rng.choices(for_everyone, cum_weights=cumulative, k=RATINGS_PER_MEMBER):
                    if pk not in chosen and len(picks) < RATINGS_PER_MEMBER:
                        chosen.add(pk)
                        picks.append(pk)
                if len(chosen) >= len(for_everyone):
                    break
        for pk in picks:
            chance = helps[pk]
            roll = rng.random()
            outcome = 0 if roll < chance * 0.55 else 1 if roll < chance else 2
            tallies[pk][outcome] += 1
            shared = group_of[pk]
            if shared is None and active_groups.get(user_id) and rng.random() < SHARED_WITH_GROUP:
                shared = rng.choice(active_groups[user_id])
            when = plan.when_before(365)
            batch.append(
                {
                    "strategy_id": pk,
                    "user_id": user_id,
                    "outcome": OUTCOMES[outcome],
                    "note": rng.choice(NOTES) if shared and rng.random() < 0.3 else "",
                    "group_id": shared,
                    "created_at": when,
                    "updated_at": when,
                }
            )
        if len(batch) >= FLUSH:
            made += seed.insert_rows(Rating, batch, now=plan.now)
            batch = []
    made += seed.insert_rows(Rating, batch, now=plan.now)

    quote = connection.ops.quote_name
    table = quote(Strategy._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET helped_a_lot_count = %s, helped_a_bit_count = %s, "  # noqa: S608
            "not_for_me_count = %s, score = %s WHERE id = %s",
            [
                (lot, bit, nope, wilson_lower_bound(lot + bit, lot + bit + nope), pk)
                for pk, (lot, bit, nope) in tallies.items()
            ],
        )

    by_topic = {topic.pk: topic for topic in plan.topics}
    by_category = {category.pk: category for category in categories}
    documents = []
    for pk, row, topics, cats in zip(ids, rows, topic_links, category_links):
        names = [f"{by_category[c].name_en} {by_category[c].name_es}" for c in cats]
        names += [f"{by_topic[t].name_en} {by_topic[t].name_es}" for t in topics]
        name, body = indexing.document(
            titles=[row["title_en"], row["title_es"]],
            texts=[row["why_en"], row["why_es"], row["steps_en"], row["steps_es"], *names],
        )
        documents.append((pk, name, body))
    for start in range(0, len(documents), seed.BATCH * 5):
        search.index_many(documents[start : start + seed.BATCH * 5], search.STRATEGIES)
    shared_only = sum(1 for owner in owners if owner is not None)
    return f"{len(ids):,} strategies ({shared_only:,} only in a group), {made:,} ratings"


def register() -> None:
    names = [step.name for step in seed.STEPS]
    if "strategies and ratings" in names:
        return
    position = names.index("analyze") if "analyze" in names else len(names)
    seed.STEPS.insert(position, seed.Step("strategies and ratings", seed_strategies))


register()
