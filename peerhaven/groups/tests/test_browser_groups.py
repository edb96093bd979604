"""Finding a group, reading its guidelines and joining, in headless Chromium."""

import pytest
from playwright.sync_api import expect

from peerhaven.groups.models import Membership, Topic
from peerhaven.testing import (
    ARTIFACTS,
    assert_checkbox_beside_its_label,
    log_in,
    make_group,
    make_person,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_find_a_group_read_its_guidelines_and_join(live_server, browser):
    facilitator = make_person("fern", display_name="Fern")
    circle = make_group(
        facilitator,
        name="Madrid Grief Circle",
        description="We meet to remember and to carry on.",
        format="in_person",
        city="Madrid, ES",
        topics=list(Topic.objects.filter(slug="grief-loss")),
    )
    make_group(facilitator, name="Night Owls Anxiety", description="Late-night anxiety support.")
    make_person("nia", display_name="Nia")
    from peerhaven.sharing import services as sharing_services

    sharing_services.create_post(
        actor=facilitator, group=circle, body="Welcome, everyone. Tea is at seven."
    )

    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "nia")
    page.get_by_role("link", name="Find a group").first.click()
    page.get_by_label("Near (city)").fill("Madrid")
    page.get_by_role("button", name="Show groups").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("link", name="Madrid Grief Circle").is_visible()
    assert "km away" in page.content()
    shot(page, "10-directory-near-madrid")

    page.get_by_role("link", name="Madrid Grief Circle").click()
    assert "Be kind. What is said here stays here." in page.content()
    assert "Members only: we meet on Tuesdays." not in page.content()
    page.get_by_role("link", name="Join this group").click()
    page.get_by_label(
        "I accept the platform's code of conduct and this group's guidelines."
    ).check()
    shot(page, "11-join")
    page.get_by_role("button", name="Join the group").click()
    assert "Welcome to Madrid Grief Circle." in page.content()
    assert "Members only: we meet on Tuesdays." in page.content()
    # A member sees the group's latest posts on its page, and can answer them there.
    latest = page.locator("section.latest-posts")
    expect(latest).to_contain_text("Welcome, everyone. Tea is at seven.")
    latest.get_by_role("button", name="I hear you").click()
    expect(latest.get_by_role("button", name="I hear you")).to_have_attribute(
        "aria-pressed", "true"
    )
    shot(page, "12-group-as-member")
    assert Membership.objects.get(user__username="nia").state == "active"
    context.close()


def test_the_directory_filters_in_place_with_htmx(live_server, browser):
    facilitator = make_person("fern")
    make_group(facilitator, name="Night Owls Anxiety", description="Late-night anxiety support.")
    make_group(
        facilitator,
        name="Sunday Grief Walk",
        description="Walking after loss.",
        topics=list(Topic.objects.filter(slug="grief-loss")),
    )
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/groups/")
    # Each checkbox sits on the line of its own label, not beside the next field's label.
    for name in ("Include online groups", "Meets in the next 7 days"):
        assert_checkbox_beside_its_label(page, name)
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_label("Topic").select_option("grief-loss")
    # (wait_for_function would evaluate a string, which the page's CSP rightly forbids)
    expect(page.locator("#results")).not_to_contain_text("Night Owls")
    assert "Sunday Grief Walk" in page.inner_text("#results")
    assert page.evaluate("window.stillTheSamePage === true")  # updated in place, no reload
    assert "topic=grief-loss" in page.url  # and the address can be shared
    shot(page, "13-directory-mobile")
    context.close()
