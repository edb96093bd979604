"""`peerhaven bench-seed --groups N --members M [--seed S]`: a large synthetic data set, fast.

For the benchmarks in bench/ (bench/directory.py seeds 10,000 groups and 100,000 members; about
10 s on SQLite here, 25 s on PostgreSQL). Everything is made in memory first and written inside
one transaction with `insert_rows`: executemany of plain tuples in batches of 2,000, several
times faster than `bulk_create` (no model instance and no SQL compiled per row), for the rows
and the many-to-many through tables alike; `search.index_many` fills the full-text index.
Markdown fields get a cheap escaped `<p>…</p>` instead of a call to the renderer for each row.

The work is a list of steps (`STEPS`), run in order on one `Plan`. Later issues append theirs
(meetings, posts…) with `STEPS.append(Step("meetings", seed_meetings))`; a step reads what the
earlier ones left on the plan (`plan.user_ids`, `plan.groups` with each group's row, id and
people), writes with `insert_rows`, and returns a line for the summary. `AFTER_COMMIT` steps run
once the transaction is committed.

The data, with the same `--seed` the same every time:
- members `bench_000001`…, all with one password (`BENCH_PASSWORD`, hashed once), the current
  code of conduct accepted, a bio saying they are synthetic; English or Spanish, joined over the
  last two years;
- groups over every topic (one to three, the common ones more often), audiences, languages
  (about 65% English, 25% Spanish), formats (40% online, 35% in person, 25% hybrid) and listings
  (70% public, 20% private, 10% hidden); in-person and hybrid groups sit in one of the 2,000 most
  populous cities, big cities holding more groups, so `near=` finds some; names and
  descriptions come from word lists so that full-text search meets both common terms
  ("support", "apoyo", the topic names) and selective ones (`NATURE_WORDS`, each in about 1 in
  200 groups); half of them have a meeting within the next 14 days; created over two years;
- memberships: one facilitator per group, a co-facilitator in one group in five, from a few to
  about thirty active members, some pending requests and some members who left;
  `active_member_count` is the number of active memberships.

It refuses to run on a database that already holds bench data (exit status 3).
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from peerhaven.accounts.models import User
from peerhaven.groups import cities, search
from peerhaven.groups.models import Audience, Group, Language, Membership, Topic
from peerhaven.meetings.bench import seed_meetings
from peerhaven.sharing.bench import seed_posts

USERNAME_PREFIX = "bench_"
BENCH_PASSWORD = "bench password for peerhaven"
BENCH_BIO = "Bench account: synthetic data, not a real person."
ALREADY_SEEDED = 3  # exit status when bench data is already in the database
BATCH = 2000  # rows per INSERT (SQLite lowers it to fit its 999 parameters)
CITY_POOL = 2000  # groups sit in the most populous cities
DAYS_OF_HISTORY = 730


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Selective search terms: each group name gets one with probability one half, so each word is
# in about 1 group in 200 (50 of 10,000).
NATURE_WORDS = _words(
    "acacia alder almond amber anchor aspen aurora badger basil bay beacon birch bluebell "
    "bramble breeze brook buttercup canyon cardinal cedar chestnut clover comet coral cove crane "
    "crocus cypress daisy dawn delta dove driftwood dune eagle elm ember falcon fern finch fjord "
    "foxglove garnet glacier glade hawthorn hazel heather heron hickory holly horizon iris ivy "
    "jasmine juniper kestrel lagoon lantern larch lark laurel lavender lilac linden lotus "
    "magnolia maple marigold meadow meridian mimosa mistral moss nightingale oak oasis olive "
    "orchard osprey otter pebble pelican peony pine plover poppy prairie quartz quill raven reed "
    "ridge robin rowan saffron sage sandpiper sequoia sparrow spruce starling swallow sycamore "
    "thistle thrush tide tulip valley violet wagtail walnut wildflower willow wren yarrow zephyr"
)

KINDS_EN = ["Circle", "Peer Group", "Support Group", "Meetup", "Collective", "Network", "Hub"]
KINDS_ES = ["Círculo", "Grupo", "Encuentro", "Red", "Espacio"]
TIMES_EN = [
    "Monday",
    "Tuesday Evening",
    "Wednesday",
    "Thursday Night",
    "Friday Morning",
    "Weekend",
    "Sunday Afternoon",
    "Lunchtime",
]
TIMES_ES = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Fin de semana", "Domingo"]
WHEN_EN = [
    "every week",
    "every other week",
    "twice a month",
    "on the first Saturday of the month",
    "each Tuesday evening",
    "on Sunday afternoons",
]
WHEN_ES = ["cada semana", "cada quince días", "dos veces al mes", "los domingos por la tarde"]
EXTRAS_EN = [
    "We start with a short grounding exercise and a round of names.",
    "Tea and coffee are on the house, and nobody has to speak.",
    "Newcomers are paired with a buddy for their first month.",
    "Sessions are led by trained volunteer facilitators with lived experience.",
    "Some of us walk together in the park after the meeting.",
    "We keep a shared list of helplines and local services.",
    "Journaling prompts are sent out before each session.",
    "Cameras are optional in our online sessions.",
    "The room is step-free and has a quiet corner.",
    "Once a month we invite a guest to talk about coping skills.",
    "We celebrate milestones, small and large.",
    "Mindfulness and breathing practice close each meeting.",
]
EXTRAS_ES = [
    "Empezamos con un breve ejercicio de respiración.",
    "Hay té y café, y nadie está obligado a hablar.",
    "Las sesiones las guían personas voluntarias con experiencia vivida.",
    "Las cámaras son opcionales en las sesiones en línea.",
    "Compartimos una lista de líneas de ayuda y servicios locales.",
    "Una vez al mes invitamos a alguien a hablar de estrategias de afrontamiento.",
]
FIRST_NAMES = _words(
    "Alex Sam Jordan Taylor Casey Robin Morgan Jamie Riley Avery Quinn Rowan Sky Noor Amara Kai "
    "Sol Mateo Inés Lucía Hugo Elena Pablo Carmen Diego Sofía Omar Leila Priya Arjun Mei Chen "
    "Yuki Hana Tomás Aisha Kofi Zara Ravi Ana Luis Marta Jonas Freya Emil Ida Nia Tariq"
)
COUNTRIES = [
    ("US", "America/New_York"),
    ("US", "America/Chicago"),
    ("US", "America/Los_Angeles"),
    ("GB", "Europe/London"),
    ("CA", "America/Toronto"),
    ("AU", "Australia/Sydney"),
    ("IE", "Europe/Dublin"),
    ("NG", "Africa/Lagos"),
    ("IN", "Asia/Kolkata"),
    ("ES", "Europe/Madrid"),
    ("MX", "America/Mexico_City"),
    ("AR", "America/Argentina/Buenos_Aires"),
    ("CO", "America/Bogota"),
    ("CL", "America/Santiago"),
]
SPANISH_COUNTRIES = {
    "ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV",
    "NI", "CR", "PA", "UY", "PR",
}  # fmt: skip
ENGLISH_COUNTRIES = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "NG", "KE", "GH", "JM", "SG"}
# Topics people look for most often come up more often.
TOPIC_WEIGHTS = {"depression": 6, "anxiety": 6, "grief-loss": 4, "addiction-recovery": 3}
LANGUAGE_WEIGHTS = [("en", 65), ("es", 25), ("fr", 2), ("de", 2), ("pt", 2), ("it", 1)]
LANGUAGE_WEIGHTS += [("ar", 1), ("zh", 1), ("hi", 1)]
FORMAT_WEIGHTS = [("online", 40), ("in_person", 35), ("hybrid", 25)]
LISTING_WEIGHTS = [("public", 70), ("private", 20), ("hidden", 10)]
ONLINE_ZONES = ["UTC", "Europe/London", "America/New_York", "Europe/Madrid", "America/Chicago"]

GUIDELINES = """1. What is shared here stays here.
2. Speak from your own experience; listen without fixing.
3. No advice about medication doses or stopping treatment.
4. Pass whenever you like: listening is taking part too."""
GUIDELINES_HTML = "".join(f"<p>{escape(line)}</p>" for line in GUIDELINES.splitlines())


class AlreadySeeded(CommandError):
    def __init__(self, message: str) -> None:
        super().__init__(message, returncode=ALREADY_SEEDED)


@dataclass
class GroupPlan:
    """One group: its row (column values by field name) and what later steps need."""

    row: dict[str, Any]
    topic_ids: list[int]
    audience_ids: list[int]
    people: list[int]  # user ids: the facilitator first, then the others
    cofacilitator: bool
    active: int  # active members besides the facilitator and co-facilitator
    requested: int
    left: int
    pk: int | None = None  # once inserted


@dataclass
class Plan:
    groups_wanted: int
    members_wanted: int
    rng: random.Random
    now: datetime
    password_hash: str = ""
    topics: list[Topic] = field(default_factory=list)
    audiences: list[Audience] = field(default_factory=list)
    languages: dict[str, Language] = field(default_factory=dict)
    user_ids: list[int] = field(default_factory=list)
    groups: list[GroupPlan] = field(default_factory=list)
    memberships: int = 0
    meetings_wanted: int = 0  # --meetings (peerhaven/meetings/bench.py)
    posts_wanted: int = 0  # --posts and --replies (peerhaven/sharing/bench.py)
    replies_wanted: int = 0

    def when_before(self, days: float, after: datetime | None = None) -> datetime:
        """A moment in the last `days` days (and after `after`, when given)."""
        start = self.now - timedelta(days=days)
        if after is not None and after > start:
            start = after
        span = (self.now - start).total_seconds()
        return start + timedelta(seconds=self.rng.random() * span)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Plan], str]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([value for value, _ in weighted], weights=[w for _, w in weighted])[0]


class _Cities:
    """The most populous cities, picked with weights growing with the square root of the
    population (so London gets many groups, a town of 300,000 a few)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        everyone = sorted(cities._cities().values(), key=lambda city: -city.population)
        pool = everyone[:CITY_POOL]
        self.all = self._table(pool)
        self.spanish = self._table([c for c in pool if c.country in SPANISH_COUNTRIES])
        self.english = self._table([c for c in pool if c.country in ENGLISH_COUNTRIES])

    @staticmethod
    def _table(pool: list[cities.City]) -> tuple[list[cities.City], list[float]]:
        cumulative = list(itertools.accumulate(math.sqrt(max(1, c.population)) for c in pool))
        return pool, cumulative

    def pick(self, language: str) -> cities.City:
        table = self.all
        if language == "es" and self.rng.random() < 0.8:
            table = self.spanish
        elif language == "en" and self.rng.random() < 0.7:
            table = self.english
        pool, cumulative = table
        index = bisect.bisect_left(cumulative, self.rng.random() * cumulative[-1])
        return pool[min(index, len(pool) - 1)]


def insert_rows(model: type[models.Model], rows: list[dict[str, Any]], *, now: datetime) -> int:
    """INSERT `rows` (dicts of field attnames to values, all with the same keys): executemany
    in batches on SQLite, COPY on PostgreSQL.

    Several times faster than `bulk_create` for 100,000 rows: no model instances and no SQL
    compiled per row. Fields a row leaves out get their default (auto_now fields: `now`); a
    field whose default is a callable must be given, since its value differs from row to row.
    """
    if not rows:
        return 0
    given = list(rows[0])
    fields = [model._meta.get_field(name) for name in given]
    fixed: dict[str, Any] = {}
    for field_ in model._meta.concrete_fields:
        if field_.attname in given or field_.primary_key:
            continue
        if getattr(field_, "auto_now", False) or getattr(field_, "auto_now_add", False):
            fixed[field_.attname] = now
        elif field_.has_default() and field_.default in (list, dict):
            # An empty JSON list or object is stored as text: one value serves every row.
            fixed[field_.attname] = field_.get_default()
        elif field_.has_default() and callable(field_.default):
            raise ValueError(f"insert_rows({model.__name__}): give {field_.attname} in each row")
        else:
            fixed[field_.attname] = field_.get_default()
        fields.append(field_)
    names = given + list(fixed)
    convert = [_converter(field_) for field_ in fields]
    quote = connection.ops.quote_name
    # Table and column names come from the model, quoted; the values travel as parameters.
    columns = ", ".join(quote(field_.column) for field_ in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = quote(model._meta.db_table)
    if connection.vendor == "postgresql":
        # COPY streams the rows in one statement: several times faster than executemany.
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(
                    [
                        conv(row[name] if name in row else fixed[name])
                        for name, conv in zip(names, convert, strict=True)
                    ]
                )
        return len(rows)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            batch = [
                tuple(
                    conv(row[name] if name in row else fixed[name])
                    for name, conv in zip(names, convert, strict=True)
                )
                for row in rows[start : start + BATCH]
            ]
            cursor.executemany(sql, batch)
    return len(rows)


def _identity(value: Any) -> Any:
    return value


def _converter(field_: models.Field) -> Callable[[Any], Any]:
    """How a Python value becomes a database value, cheaply for the common field types."""
    if isinstance(field_, models.DateTimeField):
        return connection.ops.adapt_datetimefield_value
    if isinstance(
        field_,
        models.CharField
        | models.TextField
        | models.IntegerField
        | models.FloatField
        | models.BooleanField
        | models.ForeignKey,
    ):
        return _identity
    return lambda value: field_.get_db_prep_save(value, connection)


# --------------------------------------------------------------------------- steps


def load_taxonomy(plan: Plan) -> str:
    plan.topics = list(Topic.objects.order_by("pk"))
    plan.audiences = list(Audience.objects.order_by("pk"))
    plan.languages = {language.code: language for language in Language.objects.all()}
    missing = [code for code, _ in LANGUAGE_WEIGHTS if code not in plan.languages]
    if not plan.topics or not plan.audiences or missing:
        raise CommandError("The topic taxonomy is missing: run `peerhaven migrate` first.")
    plan.password_hash = make_password(BENCH_PASSWORD)
    return f"{len(plan.topics)} topics, {len(plan.audiences)} audiences, one password hash"


def seed_members(plan: Plan) -> str:
    rng = plan.rng
    coc = settings.CODE_OF_CONDUCT_VERSION
    rows = []
    for number in range(1, plan.members_wanted + 1):
        country, zone = rng.choice(COUNTRIES)
        joined = plan.when_before(DAYS_OF_HISTORY)
        display = ""
        if rng.random() < 0.6:
            display = rng.choice(FIRST_NAMES)
            if rng.random() < 0.5:
                display += f" {rng.choice('ABCDEFGHJKLMNPRSTVW')}."
        rows.append(
            {
                "username": f"{USERNAME_PREFIX}{number:06d}",
                "password": plan.password_hash,
                "display_name": display,
                "country": country,
                "time_zone": zone,
                "language": "es" if country in SPANISH_COUNTRIES else "en",
                "bio": BENCH_BIO,
                "coc_version": coc,
                "coc_accepted_at": joined,
                "session_epoch": f"{rng.getrandbits(64):016x}",
                "date_joined": joined,
            }
        )
    insert_rows(User, rows, now=plan.now)
    plan.user_ids = list(
        User.objects.filter(username__startswith=USERNAME_PREFIX)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return f"{len(plan.user_ids):,} members"


def _name_and_description(
    rng: random.Random, language: str, topics: list[Topic], city: cities.City | None
) -> tuple[str, str]:
    topic = topics[0]
    nature = rng.choice(NATURE_WORDS) if rng.random() < 0.5 else None
    spanish = language == "es"
    topic_name = topic.name_es if spanish else topic.name_en
    if spanish:
        kind = rng.choice(KINDS_ES)
        if nature:
            name = f"{kind} {nature.capitalize()}: {topic_name}"
        else:
            name = f"{kind} de {topic_name.lower()} {rng.choice(TIMES_ES).lower()}"
        if city is not None:
            name += f" {city.name}"
        others = ", ".join(t.name_es.lower() for t in topics[1:])
        description = (
            f"Un grupo de apoyo entre pares para personas que viven con {topic_name.lower()}"
            + (f" y {others}" if others else "")
            + f". Nos reunimos {rng.choice(WHEN_ES)} para compartir experiencias, escuchar sin "
            "juzgar y apoyarnos. " + " ".join(rng.sample(EXTRAS_ES, 2))
        )
    else:
        kind = rng.choice(KINDS_EN)
        if nature:
            name = f"{nature.capitalize()} {kind}: {topic_name}"
        else:
            name = f"{rng.choice(TIMES_EN)} {topic_name} {kind}"
        if city is not None:
            name += f" {city.name}"
        others = ", ".join(t.name_en.lower() for t in topics[1:])
        description = (
            f"A peer support group for people living with {topic_name.lower()}"
            + (f" and {others}" if others else "")
            + f". We meet {rng.choice(WHEN_EN)} to share experiences, listen without judgement "
            "and support each other. " + " ".join(rng.sample(EXTRAS_EN, 2))
        )
    if nature and not spanish:
        description += f" Our name comes from the {nature}."
    return name[:100], description


def seed_groups(plan: Plan) -> str:
    rng = plan.rng
    places = _Cities(rng)
    topic_weights = [TOPIC_WEIGHTS.get(topic.slug, 1) for topic in plan.topics]
    taken = set(Group.objects.values_list("slug", flat=True))
    plans: list[GroupPlan] = []
    for number in range(1, plan.groups_wanted + 1):
        language = _pick(rng, LANGUAGE_WEIGHTS)
        group_format = _pick(rng, FORMAT_WEIGHTS)
        listing = _pick(rng, LISTING_WEIGHTS)
        count = rng.choices([1, 2, 3], weights=[6, 3, 1])[0]
        topics: list[Topic] = []
        while len(topics) < count:
            topic = rng.choices(plan.topics, weights=topic_weights)[0]
            if topic not in topics:
                topics.append(topic)
        audiences = rng.sample(plan.audiences, rng.choices([0, 1, 2], weights=[4, 4, 2])[0])
        city = None if group_format == "online" else places.pick(language)
        name, description = _name_and_description(rng, language, topics, city)
        slug = f"{slugify(name)[:60].strip('-') or 'group'}-{number}"
        if slug in taken:
            slug += "-bench"
        created = plan.when_before(DAYS_OF_HISTORY)
        active = max(2, min(30, round(rng.triangular(2, 30, 6))))
        cofacilitator = rng.random() < 0.2
        requested = rng.randint(0, 3) if listing != "public" else rng.randint(0, 1)
        left = rng.choices([0, 1, 2], weights=[6, 3, 1])[0]
        # Never more people than there are members.
        budget = max(0, len(plan.user_ids) - 1 - cofacilitator)
        active = min(active, budget)
        requested = min(requested, budget - active)
        left = min(left, budget - active - requested)
        members = 1 + cofacilitator + active
        people = rng.sample(plan.user_ids, members + requested + left)
        cap = None
        if rng.random() < 0.2:
            cap = max(2, members + rng.randint(0, 10))
        next_meeting = None
        if rng.random() < 0.5:
            next_meeting = plan.now + timedelta(seconds=rng.randint(3600, 14 * 24 * 3600))
        row = {
            "slug": slug,
            "name": name,
            "description": description,
            "description_html": f"<p>{escape(description)}</p>",
            "language_id": language,
            "format": group_format,
            "city_geonameid": city.geonameid if city else None,
            "city_name": city.name if city else "",
            "country": city.country if city else "",
            "latitude": city.latitude if city else None,
            "longitude": city.longitude if city else None,
            "time_zone": city.time_zone if city else rng.choice(ONLINE_ZONES),
            "listing": listing,
            "join_policy": "open" if listing == "public" and rng.random() < 0.5 else "approval",
            "member_cap": cap,
            "guidelines": GUIDELINES,
            "guidelines_html": GUIDELINES_HTML,
            "active_member_count": members,
            "next_meeting_at": next_meeting,
            "created_by_id": people[0],
            "created_at": created,
        }
        plans.append(
            GroupPlan(
                row=row,
                topic_ids=[topic.pk for topic in topics],
                audience_ids=[audience.pk for audience in audiences],
                people=people,
                cofacilitator=cofacilitator,
                active=active,
                requested=requested,
                left=left,
            )
        )
    insert_rows(Group, [p.row for p in plans], now=plan.now)
    ids = dict(
        Group.objects.filter(created_by__username__startswith=USERNAME_PREFIX).values_list(
            "slug", "pk"
        )
    )
    for group_plan in plans:
        group_plan.pk = ids[group_plan.row["slug"]]
    plan.groups = plans
    listings = {value: 0 for value, _ in LISTING_WEIGHTS}
    for group_plan in plans:
        listings[group_plan.row["listing"]] += 1
    return f"{len(plans):,} groups ({', '.join(f'{v:,} {k}' for k, v in listings.items())})"


def seed_taxonomy_links(plan: Plan) -> str:
    topic_rows = [
        {"group_id": p.pk, "topic_id": topic_id} for p in plan.groups for topic_id in p.topic_ids
    ]
    audience_rows = [
        {"group_id": p.pk, "audience_id": audience_id}
        for p in plan.groups
        for audience_id in p.audience_ids
    ]
    insert_rows(Group.topics.through, topic_rows, now=plan.now)
    insert_rows(Group.audiences.through, audience_rows, now=plan.now)
    return f"{len(topic_rows):,} group topics, {len(audience_rows):,} group audiences"


def seed_memberships(plan: Plan) -> str:
    coc = settings.CODE_OF_CONDUCT_VERSION
    active_state = Membership.State.ACTIVE.value
    rows: list[dict] = []
    for p in plan.groups:
        created = p.row["created_at"]
        roles = [(Membership.Role.FACILITATOR.value, active_state)]
        roles += [(Membership.Role.COFACILITATOR.value, active_state)] * p.cofacilitator
        roles += [(Membership.Role.MEMBER.value, active_state)] * p.active
        roles += [(Membership.Role.MEMBER.value, Membership.State.REQUESTED.value)] * p.requested
        roles += [(Membership.Role.MEMBER.value, Membership.State.LEFT.value)] * p.left
        for index, (user_id, (role, state)) in enumerate(zip(p.people, roles, strict=True)):
            joined = created if index == 0 else plan.when_before(DAYS_OF_HISTORY, after=created)
            row = {
                "group_id": p.pk,
                "user_id": user_id,
                "role": role,
                "state": state,
                "request_message": "",
                "guidelines_version": 1,
                "coc_version": coc,
                "accepted_at": joined,
                "decided_at": None,
                "created_at": joined,
            }
            if state == Membership.State.REQUESTED:
                row["request_message"] = "Hello, I would like to join."
            elif state == Membership.State.LEFT:
                row["decided_at"] = plan.when_before(DAYS_OF_HISTORY, after=joined)
            rows.append(row)
    insert_rows(Membership, rows, now=plan.now)
    plan.memberships = len(rows)
    active = sum(1 for row in rows if row["state"] == active_state)
    return f"{len(rows):,} memberships ({active:,} active)"


def _document(p: GroupPlan, topics: dict[int, Topic], audiences: dict[int, Audience]):
    """(id, name, body) as `search.document` builds them, without a query per group."""
    row = p.row
    topic_text = " ".join(f"{topics[i].name_en} {topics[i].name_es}" for i in p.topic_ids)
    audience_text = " ".join(
        f"{audiences[i].name_en} {audiences[i].name_es}" for i in p.audience_ids
    )
    body = " ".join([row["description"], topic_text, audience_text, row["city_name"]])
    return p.pk, cities.fold(row["name"]), cities.fold(body)


def seed_search_index(plan: Plan) -> str:
    topics = {topic.pk: topic for topic in plan.topics}
    audiences = {audience.pk: audience for audience in plan.audiences}
    documents = [
        _document(p, topics, audiences)
        for p in plan.groups
        if p.row["listing"] != Group.Listing.HIDDEN  # hidden groups are never indexed
    ]
    for start in range(0, len(documents), BATCH * 5):
        search.index_many(documents[start : start + BATCH * 5])
    return f"{len(documents):,} groups in the search index"


def vacuum_analyze(plan: Plan) -> str:
    """On PostgreSQL, what autovacuum would do soon after such a load: statistics for the
    planner and the visibility map that index-only scans need. Runs after the commit."""
    if connection.vendor != "postgresql":
        return "skipped (SQLite keeps no statistics unless asked)"
    if connection.in_atomic_block:  # called inside a test's transaction
        return "skipped (inside a transaction)"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    return "done"


# Run in order inside one transaction; later issues append theirs (meetings, posts…).
STEPS: list[Step] = [
    Step("taxonomy", load_taxonomy),
    Step("members", seed_members),
    Step("groups", seed_groups),
    Step("topics and audiences", seed_taxonomy_links),
    Step("memberships", seed_memberships),
    Step("search index", seed_search_index),
    Step("meetings", seed_meetings),
    Step("posts and replies", seed_posts),
]
# Run after the commit (VACUUM cannot run inside a transaction).
AFTER_COMMIT: list[Step] = [
    Step("vacuum and analyze", vacuum_analyze),
]


def already_seeded() -> bool:
    return User.objects.filter(username__startswith=USERNAME_PREFIX).exists()


class Command(BaseCommand):
    help = (
        "Generate a large synthetic data set for benchmarks, fast "
        "(bulk inserts; refuses when bench data is already here)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--groups", type=int, default=10_000, help="groups (default 10,000)")
        parser.add_argument(
            "--members", type=int, default=100_000, help="members (default 100,000)"
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="random seed: the same seed, the same data"
        )
        parser.add_argument(
            "--meetings", type=int, default=0, help="meetings, with occurrences (default 0)"
        )
        parser.add_argument("--posts", type=int, default=0, help="posts (default 0)")
        parser.add_argument("--replies", type=int, default=0, help="replies (default 0)")

    def handle(
        self,
        *args,
        groups: int,
        members: int,
        seed: int,
        meetings: int = 0,
        posts: int = 0,
        replies: int = 0,
        **options,
    ) -> None:
        if groups < 1 or members < 2:
            raise CommandError("--groups must be at least 1 and --members at least 2.")
        if meetings < 0 or posts < 0 or replies < 0:
            raise CommandError("--meetings, --posts and --replies cannot be negative.")
        if replies and not posts:
            raise CommandError("--replies needs --posts (replies are made to posts).")
        started = time.perf_counter()
        if connection.vendor == "sqlite":
            # A page cache that holds the indexes being filled (for this connection only):
            # random inserts into the membership indexes otherwise spill to the WAL file again
            # and again.
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA cache_size = -262144")  # KiB: 256 MiB
        with transaction.atomic():
            if already_seeded():
                raise AlreadySeeded(
                    f"Bench data is already in this database (members named "
                    f"{USERNAME_PREFIX}…); bench-seed runs once per database. Use an empty "
                    "PEERHAVEN_DATA_DIR or database."
                )
            plan = Plan(
                groups_wanted=groups,
                members_wanted=members,
                rng=random.Random(seed),
                now=timezone.now(),
                meetings_wanted=meetings,
                posts_wanted=posts,
                replies_wanted=replies,
            )
            for step in STEPS:
                self._run(step, plan)
        for step in AFTER_COMMIT:
            self._run(step, plan)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"bench-seed: {len(plan.user_ids):,} members, {len(plan.groups):,} groups, "
            f"{plan.memberships:,} memberships in {elapsed:.1f} s "
            f"({connection.vendor}; password for every bench_ member: {BENCH_PASSWORD!r})"
        )

    def _run(self, step: Step, plan: Plan) -> None:
        started = time.perf_counter()
        summary = step.run(plan)
        self.stdout.write(f"  {step.name:<22} {time.perf_counter() - started:6.1f} s  {summary}")
