"""Full-text search, on SQLite and on PostgreSQL, for more than one kind of thing.

Each kind (`Kind`: groups, strategies) has its own index. SQLite: an FTS5
table (`kind.fts_table`) whose rowid is the row's id, ranked by bm25.
PostgreSQL: a stored `search_vector` tsvector column on the kind's own table
with a GIN index, ranked by ts_rank. Both are written here and only here, by
the services that create, edit and delete the rows. Hidden groups are never
indexed, so no search can find them, whatever else goes wrong. Strategies
shared only inside a group are indexed: every search of them goes through a
queryset already filtered by who may read them (coping/selectors.py).

Text is folded (case and accents) in Python before indexing and querying,
so "depresion" finds "Depresión" on both backends.
"""

import re
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection, transaction

from peerhaven.groups.cities import fold

MAX_TERMS = 8
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Kind:
    """One kind of thing in the index: its FTS5 table on SQLite, its own table on PostgreSQL.

    Every indexed document has two parts, a name (weighs more) and a body. The names are
    constants written here, never input, so they may be put into SQL text.
    """

    fts_table: str
    table: str

    @property
    def gin_index(self) -> str:
        return f"{self.table}_search_gin"


GROUPS = Kind(fts_table="groups_search", table="groups_group")
STRATEGIES = Kind(fts_table="coping_search", table="coping_strategy")


def setup_statements(vendor: str, kind: Kind = GROUPS) -> list[str]:
    """DDL for one kind's search structures; run by the migrations of the kind's app."""
    if vendor == "sqlite":
        return [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {kind.fts_table} USING fts5("
            "name, body, tokenize = 'unicode61 remove_diacritics 2')"
        ]
    if vendor == "postgresql":
        return [
            f"ALTER TABLE {kind.table} ADD COLUMN IF NOT EXISTS search_vector tsvector",
            f"CREATE INDEX IF NOT EXISTS {kind.gin_index} ON {kind.table} USING GIN (search_vector)",
        ]
    return []


def teardown_statements(vendor: str, kind: Kind = GROUPS) -> list[str]:
    if vendor == "sqlite":
        return [f"DROP TABLE IF EXISTS {kind.fts_table}"]
    if vendor == "postgresql":
        return [
            f"DROP INDEX IF EXISTS {kind.gin_index}",
            f"ALTER TABLE {kind.table} DROP COLUMN IF EXISTS search_vector",
        ]
    return []


def _version_key(kind: Kind) -> str:
    return f"search-version:{kind.fts_table}"


def version(kind: Kind = GROUPS) -> str:
    """A token that changes whenever the kind's index does: cached results keyed on it are
    dropped by any write (search results of the directory, for one)."""
    token = cache.get(_version_key(kind))
    if token is None:
        cache.add(_version_key(kind), uuid.uuid4().hex, None)
        token = cache.get(_version_key(kind))
    return token


def changed(kind: Kind = GROUPS) -> None:
    """Say the kind's rows changed. Also once the transaction commits: a reader between the
    write and the commit still sees the old rows, and may have cached them under the token."""

    def renew() -> None:
        cache.set(_version_key(kind), uuid.uuid4().hex, None)

    renew()
    transaction.on_commit(renew)


def document(group) -> tuple[str, str]:
    """(name, body) of a group as indexed: the name weighs more than the rest."""
    topics = " ".join(f"{topic.name_en} {topic.name_es}" for topic in group.topics.all())
    audiences = " ".join(
        f"{audience.name_en} {audience.name_es}" for audience in group.audiences.all()
    )
    body = " ".join([group.description, topics, audiences, group.city_name])
    return fold(group.name), fold(body)


def terms(query: str) -> list[str]:
    return _TOKEN.findall(fold(query or "")[:200])[:MAX_TERMS]


def _postgresql_update(kind: Kind) -> str:
    return (
        f"UPDATE {kind.table} SET search_vector = "  # noqa: S608 (constant names)
        "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B') "
        "WHERE id = %s"
    )


def index_document(kind: Kind, pk: int, name: str, body: str) -> None:
    """Index (or re-index) one row; `name` and `body` are already folded."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {kind.fts_table} WHERE rowid = %s", [pk])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {kind.fts_table} (rowid, name, body) VALUES (%s, %s, %s)",  # noqa: S608
                [pk, name, body],
            )
        elif connection.vendor == "postgresql":
            cursor.execute(_postgresql_update(kind), [name, body, pk])
    changed(kind)


def index_group(group) -> None:
    if group.listing == "hidden":
        remove_group(group.pk)
        return
    name, body = document(group)
    index_document(GROUPS, group.pk, name, body)


def index_many(documents: list[tuple[int, str, str]], kind: Kind = GROUPS) -> None:
    """Bulk (id, name, body) insert for freshly created rows (bench-seed, data migrations)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.executemany(
                f"INSERT INTO {kind.fts_table} (rowid, name, body) VALUES (%s, %s, %s)",  # noqa: S608
                documents,
            )
        elif connection.vendor == "postgresql":
            cursor.executemany(
                _postgresql_update(kind), [(name, body, pk) for pk, name, body in documents]
            )
    changed(kind)


def remove(kind: Kind, pk: int) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {kind.fts_table} WHERE rowid = %s", [pk])  # noqa: S608
        elif connection.vendor == "postgresql":
            cursor.execute(
                f"UPDATE {kind.table} SET search_vector = NULL WHERE id = %s",  # noqa: S608
                [pk],
            )
    changed(kind)


def remove_group(group_id: int) -> None:
    remove(GROUPS, group_id)


def match_sql(query: str, kind: Kind = GROUPS) -> tuple[str, list] | None:
    """SQL selecting the ids of matching rows, for use in `id__in=RawSQL(...)`."""
    words = terms(query)
    if not words:
        return None
    if connection.vendor == "sqlite":
        expression = " ".join(f'"{word}"*' for word in words)
        return (
            f"SELECT rowid FROM {kind.fts_table} WHERE {kind.fts_table} MATCH %s",  # noqa: S608
            [expression],
        )
    expression = " & ".join(f"{word}:*" for word in words)
    return (
        f"SELECT id FROM {kind.table} WHERE search_vector @@ to_tsquery('simple', %s)",  # noqa: S608
        [expression],
    )


def ranked(qs, query: str, kind: Kind = GROUPS):
    """`qs` (rows of `kind.table`) narrowed to the rows matching `query`, each with a `rank`
    (higher is better), or None when the query has no words.

    The rank is computed in the database for the matching rows only, so the caller can order
    by it and take one page with LIMIT instead of reading every match (a common word matches
    two thirds of the groups).
    """
    words = terms(query)
    if not words:
        return None
    if connection.vendor == "sqlite":
        expression = " ".join(f'"{word}"*' for word in words)
        # bm25() only works in the query that holds the MATCH, so the index is joined, not
        # asked in a subquery. The names are constants; the words travel as a parameter.
        return qs.extra(  # noqa: S610
            select={"rank": f"-bm25({kind.fts_table}, 4.0, 1.0)"},
            tables=[kind.fts_table],
            where=[f"{kind.fts_table}.rowid = {kind.table}.id", f"{kind.fts_table} MATCH %s"],
            params=[expression],
        )
    expression = " & ".join(f"{word}:*" for word in words)
    vector = f"{kind.table}.search_vector"
    return qs.extra(  # noqa: S610
        select={"rank": f"ts_rank({vector}, to_tsquery('simple', %s))"},
        select_params=[expression],
        where=[f"{vector} @@ to_tsquery('simple', %s)"],
        params=[expression],
    )


def scores(query: str, kind: Kind = GROUPS) -> dict[int, float]:
    """Matching ids with a relevance score (higher is better)."""
    words = terms(query)
    if not words:
        return {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            expression = " ".join(f'"{word}"*' for word in words)
            cursor.execute(
                f"SELECT rowid, -bm25({kind.fts_table}, 4.0, 1.0) FROM {kind.fts_table} "  # noqa: S608
                f"WHERE {kind.fts_table} MATCH %s",
                [expression],
            )
        else:
            expression = " & ".join(f"{word}:*" for word in words)
            cursor.execute(
                "SELECT id, ts_rank(search_vector, to_tsquery('simple', %s)) "  # noqa: S608
                f"FROM {kind.table} WHERE search_vector @@ to_tsquery('simple', %s)",
                [expression, expression],
            )
        return {row[0]: float(row[1]) for row in cursor.fetchall()}
