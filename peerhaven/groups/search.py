"""Full-text search over groups, on SQLite and on PostgreSQL.

SQLite: an FTS5 table `groups_search` whose rowid is the group id, ranked by
bm25. PostgreSQL: a stored `search_vector` tsvector column on groups_group
with a GIN index, ranked by ts_rank. Both are written here and only here, on
create, edit and delete. Hidden groups are never indexed, so no search can
find them, whatever else goes wrong.

Text is folded (case and accents) in Python before indexing and querying,
so "depresion" finds "Depresión" on both backends.
"""

import re

from django.db import connection

from peerhaven.groups.cities import fold

MAX_TERMS = 8
_TOKEN = re.compile(r"\w+", re.UNICODE)


def setup_statements(vendor: str) -> list[str]:
    """DDL for the search structures; run by the groups migrations."""
    if vendor == "sqlite":
        return [
            "CREATE VIRTUAL TABLE IF NOT EXISTS groups_search USING fts5("
            "name, body, tokenize = 'unicode61 remove_diacritics 2')"
        ]
    if vendor == "postgresql":
        return [
            "ALTER TABLE groups_group ADD COLUMN IF NOT EXISTS search_vector tsvector",
            "CREATE INDEX IF NOT EXISTS groups_group_search_gin ON groups_group USING GIN (search_vector)",
        ]
    return []


def teardown_statements(vendor: str) -> list[str]:
    if vendor == "sqlite":
        return ["DROP TABLE IF EXISTS groups_search"]
    if vendor == "postgresql":
        return [
            "DROP INDEX IF EXISTS groups_group_search_gin",
            "ALTER TABLE groups_group DROP COLUMN IF EXISTS search_vector",
        ]
    return []


def document(group) -> tuple[str, str]:
    """(name, body) as indexed: the name weighs more than the rest."""
    topics = " ".join(f"{topic.name_en} {topic.name_es}" for topic in group.topics.all())
    audiences = " ".join(
        f"{audience.name_en} {audience.name_es}" for audience in group.audiences.all()
    )
    body = " ".join([group.description, topics, audiences, group.city_name])
    return fold(group.name), fold(body)


def terms(query: str) -> list[str]:
    return _TOKEN.findall(fold(query or "")[:200])[:MAX_TERMS]


def index_group(group) -> None:
    if group.listing == "hidden":
        remove_group(group.pk)
        return
    name, body = document(group)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM groups_search WHERE rowid = %s", [group.pk])
            cursor.execute(
                "INSERT INTO groups_search (rowid, name, body) VALUES (%s, %s, %s)",
                [group.pk, name, body],
            )
        elif connection.vendor == "postgresql":
            cursor.execute(
                "UPDATE groups_group SET search_vector = "
                "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B') "
                "WHERE id = %s",
                [name, body, group.pk],
            )


def index_many(groups_with_documents: list[tuple[int, str, str]]) -> None:
    """Bulk (id, name, body) insert for freshly created groups (bench-seed)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.executemany(
                "INSERT INTO groups_search (rowid, name, body) VALUES (%s, %s, %s)",
                groups_with_documents,
            )
        elif connection.vendor == "postgresql":
            cursor.executemany(
                "UPDATE groups_group SET search_vector = "
                "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B') "
                "WHERE id = %s",
                [(name, body, pk) for pk, name, body in groups_with_documents],
            )


def remove_group(group_id: int) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM groups_search WHERE rowid = %s", [group_id])
        elif connection.vendor == "postgresql":
            cursor.execute("UPDATE groups_group SET search_vector = NULL WHERE id = %s", [group_id])


def match_sql(query: str) -> tuple[str, list] | None:
    """SQL selecting the ids of matching groups, for use in `id__in=RawSQL(...)`."""
    words = terms(query)
    if not words:
        return None
    if connection.vendor == "sqlite":
        expression = " ".join(f'"{word}"*' for word in words)
        return "SELECT rowid FROM groups_search WHERE groups_search MATCH %s", [expression]
    expression = " & ".join(f"{word}:*" for word in words)
    return "SELECT id FROM groups_group WHERE search_vector @@ to_tsquery('simple', %s)", [
        expression
    ]


def scores(query: str) -> dict[int, float]:
    """Matching group ids with a relevance score (higher is better)."""
    words = terms(query)
    if not words:
        return {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            expression = " ".join(f'"{word}"*' for word in words)
            cursor.execute(
                "SELECT rowid, -bm25(groups_search, 4.0, 1.0) FROM groups_search WHERE groups_search MATCH %s",
                [expression],
            )
        else:
            expression = " & ".join(f"{word}:*" for word in words)
            cursor.execute(
                "SELECT id, ts_rank(search_vector, to_tsquery('simple', %s)) FROM groups_group "
                "WHERE search_vector @@ to_tsquery('simple', %s)",
                [expression, expression],
            )
        return {row[0]: float(row[1]) for row in cursor.fetchall()}
