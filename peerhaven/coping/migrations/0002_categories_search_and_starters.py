import json
from pathlib import Path

from django.db import migrations

from peerhaven.coping.indexing import document
from peerhaven.groups import search

DATA = Path(__file__).resolve().parent.parent / "data"


def load_categories(apps, schema_editor):
    Category = apps.get_model("coping", "Category")
    data = json.loads((DATA / "categories.json").read_text(encoding="utf-8"))
    for position, entry in enumerate(data["categories"]):
        Category.objects.update_or_create(
            slug=entry["slug"],
            defaults={"name_en": entry["en"], "name_es": entry["es"], "position": position},
        )


def create_search(apps, schema_editor):
    for statement in search.setup_statements(schema_editor.connection.vendor, search.STRATEGIES):
        schema_editor.execute(statement)


def drop_search(apps, schema_editor):
    for statement in search.teardown_statements(schema_editor.connection.vendor, search.STRATEGIES):
        schema_editor.execute(statement)


def load_starters(apps, schema_editor):
    """The starter strategies written for PeerHaven, in English and Spanish (data/starter_strategies.json)."""
    Strategy = apps.get_model("coping", "Strategy")
    Category = apps.get_model("coping", "Category")
    Topic = apps.get_model("groups", "Topic")
    categories = {category.slug: category for category in Category.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    data = json.loads((DATA / "starter_strategies.json").read_text(encoding="utf-8"))
    documents = []
    # Last to first: unrated strategies list newest first, so before anyone has rated
    # anything the library opens with the first ones of the file.
    for entry in reversed(data["strategies"]):
        en, es = entry["en"], entry["es"]
        strategy, _created = Strategy.objects.update_or_create(
            starter_key=entry["key"],
            defaults={
                "language": "en",
                "title_en": en["title"],
                "title_es": es["title"],
                "why_en": en["why"],
                "why_es": es["why"],
                "steps_en": "\n".join(en["steps"]),
                "steps_es": "\n".join(es["steps"]),
                "minutes": entry["minutes"],
                "is_starter": True,
                "group": None,
                "author": None,
            },
        )
        chosen_categories = [categories[slug] for slug in entry["categories"]]
        chosen_topics = [topics[slug] for slug in entry["topics"] if slug in topics]
        strategy.categories.set(chosen_categories)
        strategy.topics.set(chosen_topics)
        names = [f"{c.name_en} {c.name_es}" for c in chosen_categories]
        names += [f"{t.name_en} {t.name_es}" for t in chosen_topics]
        documents.append(
            (
                strategy.pk,
                *document(
                    titles=[en["title"], es["title"]],
                    texts=[en["why"], es["why"], *en["steps"], *es["steps"], *names],
                ),
            )
        )
    for pk, _name, _body in documents:
        search.remove(search.STRATEGIES, pk)
    search.index_many(documents, search.STRATEGIES)


def remove_starters(apps, schema_editor):
    apps.get_model("coping", "Strategy").objects.filter(is_starter=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("coping", "0001_initial"),
        ("groups", "0002_taxonomy_and_search"),
    ]

    operations = [
        migrations.RunPython(load_categories, migrations.RunPython.noop),
        migrations.RunPython(create_search, drop_search),
        migrations.RunPython(load_starters, remove_starters),
    ]
