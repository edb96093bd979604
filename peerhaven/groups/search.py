"""Full-text search, on SQLite and on PostgreSQL, for more than one kind of thing.

Each kind (`Kind`: groups, strategies) has its own index. SQLite: an FTS5
table (`kind.fts_table`) whose rowid is the row's id, ranked by bm25.
PostgreSQL: a stored `search_vector` tsvector with a GIN index, ranked by
ts_rank; for strategies a column of their own table, for groups a column of a
narrow table of entries (below). Both are written here and only here, by
the services that create, edit and delete the rows. Hidden groups are never
indexed, so no search can find them, whatever else goes wrong. Strategies
shared only inside a group are indexed: every search of them goes through a
queryset already filtered by who may read them (coping/selectors.py).

Groups also have `groups_search_entry`, one narrow row (id, created_at; on
PostgreSQL the tsvector too) per indexed group: a search of the whole directory
counts and ranks its matches from the index and these rows alone, without
reading the wide group rows (a common word matches two thirds of the groups).
An entry is only ever written for a listed group, and triggers on groups_group
drop it (and on SQLite the FTS5 row) when the group is deleted or hidden, and
follow its created_at, so the entries are exactly the listed groups in the
index whatever path wrote the group (migration 0003 creates them).

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
    # The kind's narrow table of entries (see the module's docstring), if it has one.
    entries: str | None = None

    @property
    def gin_index(self) -> str:
        return f"{self.table}_search_gin"


GROUPS = Kind(fts_table="groups_search", table="groups_group", entries="groups_search_entry")
STRATEGIES = Kind(fts_table="coping_search", table="coping_strategy")


def setup_statements(vendor: str, kind: Kind = GROUPS) -> list[str]:
    """DDL for one kind's first search structures; run by the migrations of the kind's app.

    For groups, migration 0003 then adds the entries and moves the PostgreSQL vector there.
    """
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


def _vector(name: str = "%s", body: str = "%s") -> str:
    """The tsvector of a document (SQL): the name weighs more than the body."""
    return (
        f"setweight(to_tsvector('simple', {name}), 'A') "
        f"|| setweight(to_tsvector('simple', {body}), 'B')"
    )


# Only a listed group gets an entry, whoever asks (the value is Group.Listing.HIDDEN).
_LISTED = "listing <> 'hidden'"


def _postgresql_update(kind: Kind) -> str:
    return f"UPDATE {kind.table} SET search_vector = {_vector()} WHERE id = %s"  # noqa: S608


def _entry_insert(kind: Kind, vendor: str) -> str:
    """SQL adding the entry of one row (parameters: name, body, id on PostgreSQL; id on
    SQLite), its created_at copied from the row, nothing when the row is not listed."""
    if vendor == "sqlite":
        return (
            f"INSERT INTO {kind.entries} (id, created_at) "  # noqa: S608 (constant names)
            f"SELECT id, created_at FROM {kind.table} WHERE id = %s AND {_LISTED}"
        )
    return (
        f"INSERT INTO {kind.entries} (id, created_at, search_vector) "  # noqa: S608
        f"SELECT id, created_at, {_vector()} FROM {kind.table} WHERE id = %s AND {_LISTED}"
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
            if kind.entries:
                cursor.execute(f"DELETE FROM {kind.entries} WHERE id = %s", [pk])  # noqa: S608
                cursor.execute(_entry_insert(kind, "sqlite"), [pk])
        elif connection.vendor == "postgresql":
            if kind.entries:
                cursor.execute(f"DELETE FROM {kind.entries} WHERE id = %s", [pk])  # noqa: S608
                cursor.execute(_entry_insert(kind, "postgresql"), [name, body, pk])
            else:
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
            if kind.entries:
                cursor.executemany(_entry_insert(kind, "sqlite"), [(pk,) for pk, _, _ in documents])
        elif connection.vendor == "postgresql":
            if kind.entries:
                # One statement for the whole batch: the documents travel as three arrays.
                cursor.execute(
                    f"INSERT INTO {kind.entries} (id, created_at, search_vector) "  # noqa: S608
                    f"SELECT t.id, t.created_at, {_vector('d.name', 'd.body')} "
                    "FROM unnest(%s::integer[], %s::text[], %s::text[]) AS d (id, name, body) "
                    f"JOIN {kind.table} AS t ON t.id = d.id WHERE t.{_LISTED}",
                    [
                        [pk for pk, _, _ in documents],
                        [name for _, name, _ in documents],
                        [body for _, _, body in documents],
                    ],
                )
            else:
                cursor.executemany(
                    _postgresql_update(kind), [(name, body, pk) for pk, name, body in documents]
                )
    changed(kind)


def remove(kind: Kind, pk: int) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {kind.fts_table} WHERE rowid = %s", [pk])  # noqa: S608
            if kind.entries:
                cursor.execute(f"DELETE FROM {kind.entries} WHERE id = %s", [pk])  # noqa: S608
        elif connection.vendor == "postgresql":
            if kind.entries:
                cursor.execute(f"DELETE FROM {kind.entries} WHERE id = %s", [pk])  # noqa: S608
            else:
                cursor.execute(
                    f"UPDATE {kind.table} SET search_vector = NULL WHERE id = %s",  # noqa: S608
                    [pk],
                )
    changed(kind)


def remove_group(group_id: int) -> None:
    remove(GROUPS, group_id)


def _sqlite_expression(words: list[str]) -> str:
    return " ".join(f'"{word}"*' for word in words)


def _postgresql_expression(words: list[str]) -> str:
    return " & ".join(f"{word}:*" for word in words)


def _vector_table(kind: Kind) -> str:
    """The PostgreSQL table holding the kind's tsvector (by `id`)."""
    return kind.entries or kind.table


def match_sql(query: str, kind: Kind = GROUPS) -> tuple[str, list] | None:
    """SQL selecting the ids of matching rows, for use in `id__in=RawSQL(...)`."""
    words = terms(query)
    if not words:
        return None
    if connection.vendor == "sqlite":
        return (
            f"SELECT rowid FROM {kind.fts_table} WHERE {kind.fts_table} MATCH %s",  # noqa: S608
            [_sqlite_expression(words)],
        )
    return (
        f"SELECT id FROM {_vector_table(kind)} "  # noqa: S608
        "WHERE search_vector @@ to_tsquery('simple', %s)",
        [_postgresql_expression(words)],
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
        # bm25() only works in the query that holds the MATCH, so the index is joined, not
        # asked in a subquery. The names are constants; the words travel as a parameter.
        return qs.extra(  # noqa: S610
            select={"rank": f"-bm25({kind.fts_table}, 4.0, 1.0)"},
            tables=[kind.fts_table],
            where=[f"{kind.fts_table}.rowid = {kind.table}.id", f"{kind.fts_table} MATCH %s"],
            params=[_sqlite_expression(words)],
        )
    expression = _postgresql_expression(words)
    where = []
    tables = []
    if kind.entries:
        tables = [kind.entries]
        where = [f"{kind.entries}.id = {kind.table}.id"]
    vector = f"{_vector_table(kind)}.search_vector"
    return qs.extra(  # noqa: S610
        select={"rank": f"ts_rank({vector}, to_tsquery('simple', %s))"},
        select_params=[expression],
        tables=tables,
        where=[*where, f"{vector} @@ to_tsquery('simple', %s)"],
        params=[expression],
    )


def count_entries(query: str, kind: Kind = GROUPS) -> int:
    """How many of the kind's entries match `query` (0 when it has no words): the index and
    the entries alone, never the kind's own rows."""
    words = terms(query)
    if not words:
        return 0
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT count(*) FROM {kind.fts_table} "  # noqa: S608
                f"JOIN {kind.entries} AS entry ON entry.id = {kind.fts_table}.rowid "
                f"WHERE {kind.fts_table} MATCH %s",
                [_sqlite_expression(words)],
            )
        else:
            cursor.execute(
                f"SELECT count(*) FROM {kind.entries} "  # noqa: S608
                "WHERE search_vector @@ to_tsquery('simple', %s)",
                [_postgresql_expression(words)],
            )
        return cursor.fetchone()[0]


def ranked_entries(
    query: str, *, start: int, limit: int, total: int, kind: Kind = GROUPS
) -> list[int]:
    """Ids of the entries matching `query`, best first (ties: newest first, then the highest
    id, as `ranked` orders them), from `start`, at most `limit`; `total` is their number
    (`count_entries`).

    Every match is ranked, and the database keeps the best `start + limit` in order; past the
    middle the order is reversed and the page taken from the other end, so the last page of
    a common word keeps a few rows instead of all of them.
    """
    words = terms(query)
    limit = min(limit, total - start)
    if not words or start < 0 or limit <= 0:
        return []
    backwards = start + limit > total - start
    offset = total - start - limit if backwards else start
    best, newest = ("DESC", "ASC") if backwards else ("ASC", "DESC")
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # bm25() is lower for a better match.
            cursor.execute(
                f"SELECT entry.id FROM {kind.fts_table} "  # noqa: S608
                f"JOIN {kind.entries} AS entry ON entry.id = {kind.fts_table}.rowid "
                f"WHERE {kind.fts_table} MATCH %s "
                f"ORDER BY bm25({kind.fts_table}, 4.0, 1.0) {best}, "
                f"entry.created_at {newest}, entry.id {newest} LIMIT %s OFFSET %s",
                [_sqlite_expression(words), limit, offset],
            )
        else:
            expression = _postgresql_expression(words)
            cursor.execute(
                f"SELECT id FROM {kind.entries} "  # noqa: S608
                "WHERE search_vector @@ to_tsquery('simple', %s) "
                f"ORDER BY ts_rank(search_vector, to_tsquery('simple', %s)) {newest}, "
                f"created_at {newest}, id {newest} LIMIT %s OFFSET %s",
                [expression, expression, limit, offset],
            )
        ids = [row[0] for row in cursor.fetchall()]
    return ids[::-1] if backwards else ids


def scores(query: str, kind: Kind = GROUPS) -> dict[int, float]:
    """Matching ids with a relevance score (higher is better)."""
    words = terms(query)
    if not words:
        return {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT rowid, -bm25({kind.fts_table}, 4.0, 1.0) FROM {kind.fts_table} "  # noqa: S608
                f"WHERE {kind.fts_table} MATCH %s",
                [_sqlite_expression(words)],
            )
        else:
            expression = _postgresql_expression(words)
            cursor.execute(
                "SELECT id, ts_rank(search_vector, to_tsquery('simple', %s)) "  # noqa: S608
                f"FROM {_vector_table(kind)} WHERE search_vector @@ to_tsquery('simple', %s)",
                [expression, expression],
            )
        return {row[0]: float(row[1]) for row in cursor.fetchall()}
