"""The groups' search entries: one narrow row per indexed group (see groups/search.py).

Searching the whole directory counts and ranks its matches from these rows and the index
alone. On PostgreSQL the tsvector moves here from groups_group (whose wide rows every count
and ranking read). Triggers on groups_group drop a group's entry (and on SQLite its FTS5 row)
when the group is deleted, emptied or hidden, and keep its created_at, so the entries stay the
listed groups of the index whatever path writes a group. Written out here, not taken from
search.py, so that this migration keeps doing what it did when the code moves on.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE TABLE groups_search_entry (id integer NOT NULL PRIMARY KEY, created_at datetime NOT NULL)",
    # Index rows of groups that no longer exist or are hidden were never findable (the search
    # joined the groups); they go, and the rest get their entries.
    "DELETE FROM groups_search WHERE rowid NOT IN "
    "(SELECT id FROM groups_group WHERE listing <> 'hidden')",
    "INSERT INTO groups_search_entry (id, created_at) SELECT id, created_at FROM groups_group "
    "WHERE listing <> 'hidden' AND id IN (SELECT rowid FROM groups_search)",
    "CREATE TRIGGER groups_search_entry_deleted AFTER DELETE ON groups_group BEGIN "
    "DELETE FROM groups_search WHERE rowid = OLD.id; "
    "DELETE FROM groups_search_entry WHERE id = OLD.id; END",
    "CREATE TRIGGER groups_search_entry_hidden AFTER UPDATE OF listing ON groups_group "
    "WHEN NEW.listing = 'hidden' BEGIN "
    "DELETE FROM groups_search WHERE rowid = NEW.id; "
    "DELETE FROM groups_search_entry WHERE id = NEW.id; END",
    "CREATE TRIGGER groups_search_entry_created_at AFTER UPDATE OF created_at ON groups_group "
    "WHEN NEW.created_at IS NOT OLD.created_at BEGIN "
    "UPDATE groups_search_entry SET created_at = NEW.created_at WHERE id = NEW.id; END",
]

SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS groups_search_entry_created_at",
    "DROP TRIGGER IF EXISTS groups_search_entry_hidden",
    "DROP TRIGGER IF EXISTS groups_search_entry_deleted",
    "DROP TABLE IF EXISTS groups_search_entry",
]

POSTGRESQL_FORWARD = [
    "CREATE TABLE groups_search_entry (id integer NOT NULL PRIMARY KEY, "
    "created_at timestamp with time zone NOT NULL, search_vector tsvector NOT NULL)",
    "INSERT INTO groups_search_entry (id, created_at, search_vector) "
    "SELECT id, created_at, search_vector FROM groups_group "
    "WHERE search_vector IS NOT NULL AND listing <> 'hidden'",
    "CREATE INDEX groups_search_entry_gin ON groups_search_entry USING GIN (search_vector)",
    "DROP INDEX IF EXISTS groups_group_search_gin",
    "ALTER TABLE groups_group DROP COLUMN IF EXISTS search_vector",
    """
    CREATE FUNCTION groups_search_entry_follow() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE groups_search_entry;
        ELSIF TG_OP = 'DELETE' THEN
            DELETE FROM groups_search_entry WHERE id = OLD.id;
        ELSIF NEW.listing = 'hidden' THEN
            DELETE FROM groups_search_entry WHERE id = NEW.id;
        ELSIF NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            UPDATE groups_search_entry SET created_at = NEW.created_at WHERE id = NEW.id;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER groups_search_entry_rows AFTER DELETE OR UPDATE OF listing, created_at "
    "ON groups_group FOR EACH ROW EXECUTE FUNCTION groups_search_entry_follow()",
    "CREATE TRIGGER groups_search_entry_truncate AFTER TRUNCATE ON groups_group "
    "FOR EACH STATEMENT EXECUTE FUNCTION groups_search_entry_follow()",
    # Statistics now, or the planner guesses a few rows until autovacuum comes by.
    "ANALYZE groups_search_entry",
]

POSTGRESQL_BACKWARD = [
    "DROP TRIGGER IF EXISTS groups_search_entry_truncate ON groups_group",
    "DROP TRIGGER IF EXISTS groups_search_entry_rows ON groups_group",
    "DROP FUNCTION IF EXISTS groups_search_entry_follow()",
    "ALTER TABLE groups_group ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "UPDATE groups_group SET search_vector = entry.search_vector FROM groups_search_entry AS entry "
    "WHERE entry.id = groups_group.id",
    "CREATE INDEX IF NOT EXISTS groups_group_search_gin ON groups_group USING GIN (search_vector)",
    "DROP TABLE IF EXISTS groups_search_entry",
]


def statements(forward: bool, vendor: str) -> list[str]:
    if vendor == "sqlite":
        return SQLITE_FORWARD if forward else SQLITE_BACKWARD
    if vendor == "postgresql":
        return POSTGRESQL_FORWARD if forward else POSTGRESQL_BACKWARD
    return []


def create_entries(apps, schema_editor):
    for statement in statements(True, schema_editor.connection.vendor):
        schema_editor.execute(statement, params=None)


def drop_entries(apps, schema_editor):
    for statement in statements(False, schema_editor.connection.vendor):
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("groups", "0002_taxonomy_and_search")]

    operations = [migrations.RunPython(create_entries, drop_entries)]
