from django.db import migrations

# The log refuses updates and deletes. The one way around it is a row in
# safety_log_purge_allowed, a table outside Django's models (so a flush never
# empties it) that stays empty in every real installation; the test suite
# fills it so it can reset its databases between tests.
SQLITE = [
    "CREATE TABLE IF NOT EXISTS safety_log_purge_allowed (id integer PRIMARY KEY)",
    """CREATE TRIGGER safety_logentry_no_update BEFORE UPDATE ON safety_logentry
       WHEN NOT EXISTS (SELECT 1 FROM safety_log_purge_allowed)
       BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END""",
    """CREATE TRIGGER safety_logentry_no_delete BEFORE DELETE ON safety_logentry
       WHEN NOT EXISTS (SELECT 1 FROM safety_log_purge_allowed)
       BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END""",
]
POSTGRES = [
    "CREATE TABLE IF NOT EXISTS safety_log_purge_allowed (id integer PRIMARY KEY)",
    """CREATE OR REPLACE FUNCTION safety_logentry_append_only() RETURNS trigger AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM safety_log_purge_allowed) THEN
           RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
         END IF;
         RAISE EXCEPTION 'the moderation log is append-only';
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER safety_logentry_no_change BEFORE UPDATE OR DELETE ON safety_logentry
       FOR EACH ROW EXECUTE FUNCTION safety_logentry_append_only()""",
    # TRUNCATE skips row triggers; refuse it too.
    """CREATE TRIGGER safety_logentry_no_truncate BEFORE TRUNCATE ON safety_logentry
       FOR EACH STATEMENT EXECUTE FUNCTION safety_logentry_append_only()""",
]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in SQLITE if vendor == "sqlite" else POSTGRES if vendor == "postgresql" else []:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS safety_logentry_no_update")
        schema_editor.execute("DROP TRIGGER IF EXISTS safety_logentry_no_delete")
    elif vendor == "postgresql":
        schema_editor.execute("DROP TRIGGER IF EXISTS safety_logentry_no_change ON safety_logentry")
        schema_editor.execute("DROP TRIGGER IF EXISTS safety_logentry_no_truncate ON safety_logentry")
        schema_editor.execute("DROP FUNCTION IF EXISTS safety_logentry_append_only()")
    schema_editor.execute("DROP TABLE IF EXISTS safety_log_purge_allowed")


class Migration(migrations.Migration):
    dependencies = [("safety", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
