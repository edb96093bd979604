"""Members add, edit and delete their own strategies; bad input changes nothing."""

import pytest
from django.urls import reverse

from peerhaven.coping import services
from peerhaven.coping.models import Category, Strategy, split_steps, wilson_lower_bound
from peerhaven.coping.testing import STEPS, strategy_data
from peerhaven.errors import ActionRefused

pytestmark = pytest.mark.django_db


def form_data(**overrides) -> dict:
    data = {
        "language": "en",
        "title": "Counting the ceiling tiles",
        "why": "It keeps my eyes and mind busy when I cannot sleep.",
        "steps": "1. Lie on your back.\n2) Count the tiles in one row.\n- Then the next row.",
        "minutes": "5",
        "categories": [str(Category.objects.get(slug="distraction").pk)],
        "share": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_wilson_lower_bound_and_steps():
    assert wilson_lower_bound(0, 0) == 0.0
    assert wilson_lower_bound(1, 1) < wilson_lower_bound(40, 50) < 0.8
    assert wilson_lower_bound(0, 10) == 0.0
    assert 0 < wilson_lower_bound(5, 10) < 0.5
    assert split_steps(" 1. One\n\n2) Two\n- Three\n• Four\n10: Ten\n") == [
        "One",
        "Two",
        "Three",
        "Four",
        "Ten",
    ]


def test_a_member_shares_a_strategy_with_everyone(client, member):
    client.force_login(member)
    response = client.post(reverse("coping:create"), form_data())
    strategy = Strategy.objects.get(title_en="Counting the ceiling tiles")
    assert response.status_code == 302 and response["Location"] == strategy.get_absolute_url()
    assert strategy.author == member and strategy.group is None and not strategy.is_starter
    assert strategy.steps == [
        "Lie on your back.",
        "Count the tiles in one row.",
        "Then the next row.",
    ]
    html = client.get(strategy.get_absolute_url()).content.decode()
    assert "Shared by River." in html
    assert "<li>Count the tiles in one row.</li>" in html


def test_a_member_shares_a_strategy_only_in_their_group(client, cast):
    client.force_login(cast.member)
    response = client.post(reverse("coping:create"), form_data(share=cast.group.slug))
    assert response.status_code == 302
    assert Strategy.objects.get(title_en="Counting the ceiling tiles").group == cast.group


def test_a_member_cannot_share_into_a_group_they_are_not_in(client, cast):
    client.force_login(cast.outsider)
    response = client.post(reverse("coping:create"), form_data(share=cast.group.slug))
    assert response.status_code == 200
    assert "Choose everyone or one of your groups." in response.content.decode()
    assert not Strategy.objects.filter(title_en="Counting the ceiling tiles").exists()
    with pytest.raises(ActionRefused):
        services.create_strategy(actor=cast.outsider, data=strategy_data(group=cast.group))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"steps": ""}, "Add at least one step, one per line."),
        ({"steps": "\n  \n- \n"}, "Add at least one step, one per line."),
        ({"steps": "Breathe.\n" * 600}, "Steps can be at most 5,000 characters in all."),
        ({"categories": None}, "Choose at least one category."),
        ({"minutes": "0"}, "greater than or equal to 1"),
        ({"minutes": "many"}, "Enter a whole number."),
        ({"title": ""}, "This field is required."),
        ({"language": "fr"}, "Select a valid choice."),
        ({"share": "no-such-group"}, "Choose everyone or one of your groups."),
    ],
)
def test_bad_strategies_get_a_clear_message_and_nothing_is_saved(
    client, member, overrides, message
):
    client.force_login(member)
    before = Strategy.objects.count()
    response = client.post(reverse("coping:create"), form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Strategy.objects.count() == before


def test_the_service_refuses_bad_steps_too(member):
    for steps, code in [("", "no_steps"), ("x" * 5001, "steps_too_long")]:
        with pytest.raises(ActionRefused) as refused:
            services.create_strategy(actor=member, data=strategy_data(steps=steps))
        assert refused.value.code == code
    assert not Strategy.objects.filter(author=member).exists()


def test_the_code_of_conduct_comes_first(client, member):
    member.coc_version = 0
    member.save()
    client.force_login(member)
    response = client.get(reverse("coping:create"))
    assert response.status_code == 302 and "code-of-conduct" in response["Location"]
    with pytest.raises(ActionRefused):
        services.create_strategy(actor=member, data=strategy_data())


def test_only_the_author_edits_and_deletes(client, cast):
    strategy = services.create_strategy(actor=cast.member, data=strategy_data())
    edit = reverse("coping:edit", args=[strategy.pk])
    delete = reverse("coping:delete", args=[strategy.pk])
    client.force_login(cast.facilitator)
    assert client.get(edit).status_code == 403
    assert client.post(delete).status_code == 403
    assert client.post(edit, form_data(title="Taken over")).status_code == 403
    with pytest.raises(ActionRefused):
        services.update_strategy(actor=cast.facilitator, strategy=strategy, data=strategy_data())
    client.force_login(cast.member)
    assert client.get(edit).status_code == 200
    response = client.post(edit, form_data(title="Counting tiles, gently", language="es"))
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.title_es == "Counting tiles, gently" and strategy.title_en == ""
    assert strategy.language == "es"
    assert client.post(delete).status_code == 302
    assert not Strategy.objects.filter(pk=strategy.pk).exists()


def test_starter_strategies_cannot_be_edited_by_anyone(client, member):
    starter = Strategy.objects.filter(is_starter=True).first()
    client.force_login(member)
    assert client.get(reverse("coping:edit", args=[starter.pk])).status_code == 403


def test_a_group_only_strategy_can_go_to_everyone_but_not_back(cast):
    strategy = services.create_strategy(actor=cast.member, data=strategy_data(group=cast.group))
    services.update_strategy(actor=cast.member, strategy=strategy, data=strategy_data(group=None))
    strategy.refresh_from_db()
    assert strategy.group is None
    with pytest.raises(ActionRefused) as refused:
        services.update_strategy(
            actor=cast.member, strategy=strategy, data=strategy_data(group=cast.group)
        )
    assert refused.value.code == "scope_narrowed"


def test_the_edit_form_keeps_the_text_as_written(client, member):
    strategy = services.create_strategy(actor=member, data=strategy_data(steps=STEPS))
    client.force_login(member)
    html = client.get(reverse("coping:edit", args=[strategy.pk])).content.decode()
    assert "Put your feet flat on the floor." in html
    assert "Delete this strategy" in html
