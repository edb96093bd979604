from django.db import migrations, models

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
    for key, slugs in STARTER_TREATMENTS.items():
        known = sorted((slug for slug in slugs if slug in order), key=order.index)
        Strategy.objects.filter(starter_key=key).update(
            treatments_text=f",{','.join(known)}," if known else ""
        )


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
