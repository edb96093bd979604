import json
from pathlib import Path

from django.db import migrations

from peerhaven.groups import search

TAXONOMY = Path(__file__).resolve().parent.parent / "data" / "taxonomy.json"


def load_taxonomy(apps, schema_editor):
    data = json.loads(TAXONOMY.read_text(encoding="utf-8"))
    Topic = apps.get_model("groups", "Topic")
    Audience = apps.get_model("groups", "Audience")
    Language = apps.get_model("groups", "Language")
    by_slug = {}
    for entry in data["topics"]:
        topic, _ = Topic.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name_en": entry["en"],
                "name_es": entry["es"],
                "parent": by_slug.get(entry.get("parent")),
            },
        )
        by_slug[entry["slug"]] = topic
    for entry in data["audiences"]:
        Audience.objects.update_or_create(slug=entry["slug"], defaults={"name_en": entry["en"], "name_es": entry["es"]})
    for code, name_en, name_es in data["languages"]:
        Language.objects.update_or_create(code=code, defaults={"name_en": name_en, "name_es": name_es})


def create_search(apps, schema_editor):
    for statement in search.setup_statements(schema_editor.connection.vendor):
        schema_editor.execute(statement)


def drop_search(apps, schema_editor):
    for statement in search.teardown_statements(schema_editor.connection.vendor):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("groups", "0001_initial")]

    operations = [
        migrations.RunPython(load_taxonomy, migrations.RunPython.noop),
        migrations.RunPython(create_search, drop_search),
    ]
