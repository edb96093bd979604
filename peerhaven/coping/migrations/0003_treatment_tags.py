from django.db import migrations, models

from peerhaven.coping.indexing import document
from peerhaven.groups import search

# The starter strategies that belong with a treatment (sharing/data/treatments.json).
STARTER_TREATMENTS = {
    "ten-minute-walk": ["exercise"],
    "shake-it-out": ["exercise"],
    "shoulder-stretches": ["exercise"],
    "move-for-one-song": ["exercise"],
    "catch-check-change": ["talk-therapy"],
    "early-warning-signs": ["talk-therapy"],
    "prepare-for-appointment": ["talk-therapy", "medication"],
    "go-and-listen": ["peer-support", "mutual-aid"],
    "people-to-reach": ["peer-support", "support-line"],
    "safety-plan": ["support-line"],
    "save-a-crisis-line": ["support-line"],
}


def tag_starters(apps, schema_editor):
    Strategy = apps.get_model("coping", "Strategy")
    Treatment = apps.get_model("sharing", "Treatment")
    order = list(Treatment.objects.order_by("position").values_list("slug", flat=True))
    names = {
        slug: f"{name_en} {name_es}"
        for slug, name_en, name_es in Treatment.objects.values_list("slug", "name_en", "name_es")
    }
    documents = []
    for key, slugs in STARTER_TREATMENTS.items():
        known = sorted((slug for slug in slugs if slug in order), key=order.index)
        Strategy.objects.filter(starter_key=key).update(
            treatments_text=f",{','.join(known)}," if known else ""
        )
        # The search index learns the treatment names, as services.update_strategy does.
        for strategy in Strategy.objects.filter(starter_key=key).prefetch_related(
            "categories", "topics"
        ):
            texts = [f"{c.name_en} {c.name_es}" for c in strategy.categories.all()]
            texts += [f"{t.name_en} {t.name_es}" for t in strategy.topics.all()]
            texts += [names[slug] for slug in known]
            documents.append(
                (
                    strategy.pk,
                    *document(
                        titles=[strategy.title_en, strategy.title_es],
                        texts=[
                            strategy.why_en,
                            strategy.why_es,
                            strategy.steps_en,
                            strategy.steps_es,
                            *texts,
                        ],
                    ),
                )
            )
    for pk, _name, _body in documents:
        search.remove(search.STRATEGIES, pk)
    search.index_many(documents, search.STRATEGIES)


class Migration(migrations.Migration):
    dependencies = [
        ("coping", "0002_categories_search_and_starters"),
        ("sharing", "0002_treatments"),
    ]

    operations = [
        migrations.AddField(
            model_name="strategy",
            name="treatments_text",
            field=models.CharField(blank=True, default="", max_length=300),
        ),
        migrations.RunPython(tag_starters, migrations.RunPython.noop),
    ]
