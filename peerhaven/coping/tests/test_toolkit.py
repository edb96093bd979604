"""The personal toolkit, and "add to my self-care plan" from it."""

import pytest
from django.urls import reverse

from peerhaven.coping import services, wellbeing_link
from peerhaven.coping.models import Strategy, ToolkitItem
from peerhaven.coping.testing import strategy_data

pytestmark = pytest.mark.django_db


def test_save_to_my_toolkit_and_remove_it(client, member):
    strategy = Strategy.objects.get(starter_key="box-breathing")
    client.force_login(member)
    toggle = reverse("coping:toolkit_toggle", args=[strategy.pk])
    assert client.post(toggle, {"action": "save"}).status_code == 302
    assert client.post(toggle, {"action": "save"}).status_code == 302  # twice is once
    assert ToolkitItem.objects.filter(user=member).count() == 1
    html = client.get(reverse("coping:toolkit")).content.decode()
    assert "Box breathing" in html and "Remove from my toolkit" in html
    assert "This is in your toolkit." in client.get(strategy.get_absolute_url()).content.decode()
    client.post(toggle, {"action": "remove", "next": reverse("coping:toolkit")})
    assert not ToolkitItem.objects.filter(user=member).exists()


def test_the_toolkit_needs_a_signed_in_member(client):
    response = client.get(reverse("coping:toolkit"))
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_a_strategy_from_a_group_one_left_drops_out_of_the_toolkit(client, cast):
    ours = services.create_strategy(actor=cast.member, data=strategy_data(title="Group tea"))
    group_only = services.create_strategy(
        actor=cast.member, data=strategy_data(title="Only in our group", group=cast.group)
    )
    services.save_to_toolkit(actor=cast.member, strategy=ours)
    services.save_to_toolkit(actor=cast.member, strategy=group_only)
    client.force_login(cast.member)
    assert "Only in our group" in client.get(reverse("coping:toolkit")).content.decode()
    cast.member_membership.state = "left"
    cast.member_membership.save()
    html = client.get(reverse("coping:toolkit")).content.decode()
    assert "Only in our group" not in html and "Group tea" in html


def test_add_to_my_self_care_plan_with_a_schedule(client, member):
    if not wellbeing_link.available():
        pytest.skip("the wellbeing app has no self-care plan service")
    from peerhaven.wellbeing.models import SelfCareActivity

    strategy = Strategy.objects.get(starter_key="ten-minute-walk")
    services.save_to_toolkit(actor=member, strategy=strategy)
    client.force_login(member)
    assert "Add to my self-care plan" in client.get(reverse("coping:toolkit")).content.decode()
    response = client.post(
        reverse("coping:add_to_plan", args=[strategy.pk]),
        {"weekdays": ["0", "2", "4"], "at": "18:30", "remind": "on"},
    )
    assert response.status_code == 302
    activity = SelfCareActivity.objects.get(user=member)
    assert activity.name == "A ten-minute walk outside"
    assert activity.weekday_list == [0, 2, 4] and activity.times == ["18:30"]
    bad = client.post(
        reverse("coping:add_to_plan", args=[strategy.pk]), {"at": "half past six"}, follow=True
    )
    assert "Enter a time such as 08:30." in bad.content.decode()
    assert SelfCareActivity.objects.filter(user=member).count() == 1
