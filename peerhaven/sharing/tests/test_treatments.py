"""Treatment tags on posts: shipped as data, chosen in the post form, shown as chips."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from peerhaven.errors import ActionRefused
from peerhaven.sharing import services, treatments
from peerhaven.sharing.models import Post, Treatment

pytestmark = pytest.mark.django_db


def test_the_treatments_ship_as_data_in_english_and_spanish():
    slugs = set(Treatment.objects.values_list("slug", flat=True))
    assert {
        "talk-therapy",
        "medication",
        "peer-support",
        "exercise",
        "self-help-book",
        "support-line",
    } <= slugs
    assert all(name_es for name_es in Treatment.objects.values_list("name_es", flat=True))
    assert [slug for slug, _name in treatments.choices()][:2] == ["talk-therapy", "medication"]


def test_a_member_tags_a_post_and_the_feed_shows_the_chips(client, cast):
    client.force_login(cast.member)
    response = client.post(
        reverse("sharing:create_post", args=[cast.group.slug]),
        {
            "kind": "share",
            "body": "Six weeks of therapy and long walks.",
            "treatments": ["exercise", "talk-therapy"],
        },
    )
    assert response.status_code == 302
    post = Post.objects.latest("id")
    assert post.treatments_text == ",talk-therapy,exercise,"
    client.force_login(cast.cofacilitator)
    html = client.get(reverse("groups:space", args=[cast.group.slug])).content.decode()
    assert 'class="tag treatment" href="/experiences/talk-therapy/">Talk therapy</a>' in html
    assert ">Exercise</a>" in html
    with translation.override("es"):
        assert [tag.name for tag in post.treatment_tags] == ["Psicoterapia", "Ejercicio físico"]


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        (["miracle-cure"], "That treatment tag does not exist."),
        (
            [
                "talk-therapy",
                "medication",
                "exercise",
                "peer-support",
                "support-line",
                "mutual-aid",
            ],
            "Choose at most 5 treatment tags.",
        ),
    ],
)
def test_bad_treatment_tags_get_a_clear_message_and_save_nothing(client, cast, chosen, message):
    before = Post.objects.count()
    client.force_login(cast.member)
    response = client.post(
        reverse("sharing:create_post", args=[cast.group.slug]),
        {"kind": "share", "body": "About my treatment.", "treatments": chosen},
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Post.objects.count() == before


def test_the_service_refuses_unknown_tags_too(cast):
    with pytest.raises(ActionRefused, match="treatment tag does not exist"):
        services.create_post(
            actor=cast.member, group=cast.group, body="Hello", treatments=["nonsense"]
        )
    post = services.create_post(
        actor=cast.member,
        group=cast.group,
        body="Hello",
        treatments=["medication", "medication"],
    )
    assert [tag.slug for tag in post.treatment_tags] == ["medication"]
    services.edit_post(actor=cast.member, post=post, body="Hello again", treatments=[])
    post.refresh_from_db()
    assert post.treatments_text == "" and post.body == "Hello again"


def test_the_writer_changes_a_posts_treatment_tags_when_editing(client, cast):
    post = services.create_post(
        actor=cast.member, group=cast.group, body="Therapy helps.", treatments=["talk-therapy"]
    )
    client.force_login(cast.member)
    url = reverse("sharing:edit_post", args=[post.pk])
    page = client.get(url).content.decode()
    checked = re.findall(
        r'<input type="checkbox" name="treatments" value="([^"]+)"[^>]*checked', page
    )
    assert checked == ["talk-therapy"]
    response = client.post(url, {"body": "Therapy and walks help.", "treatments": ["exercise"]})
    assert response.status_code == 302
    post.refresh_from_db()
    assert [tag.slug for tag in post.treatment_tags] == ["exercise"]

    refused = client.post(url, {"body": "Changed again.", "treatments": ["miracle-cure"]})
    assert "That treatment tag does not exist." in refused.content.decode()
    post.refresh_from_db()
    assert post.body == "Therapy and walks help."
