"""Browse strategies, filter by topic, say how one went, keep it, add a group resource."""

import pytest
from playwright.sync_api import expect

from peerhaven.coping.models import Rating, Resource, ToolkitItem
from peerhaven.testing import ARTIFACTS, add_member, log_in, make_group, make_person

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_rate_a_strategy_keep_it_and_suggest_a_resource(live_server, browser):
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Evening Anxiety Circle")
    nia = make_person("nia", display_name="Nia")
    add_member(group, nia)

    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "nia")
    page.get_by_role("link", name="Strategies", exact=True).click()
    # Wait for the page and its scripts: a filter changed before htmx is ready does nothing.
    page.wait_for_url("**/strategies/")
    page.wait_for_load_state("load")
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_label("Topic").select_option("panic")
    expect(page.locator("#results")).to_contain_text("Top strategies for Panic")
    expect(page.locator("#results")).not_to_contain_text("Write a letter to the person you lost")
    assert page.evaluate("window.stillTheSamePage === true")  # filtered in place
    assert "topic=panic" in page.url
    shot(page, "coping-10-browser-test-panic")

    page.get_by_role("link", name="Two breaths in, one long sigh out").click()
    assert "Without breathing out, take a second, shorter breath in" in page.content()
    page.get_by_label("Helped a lot").check()
    page.get_by_label("A short note (optional)").fill("Before I speak in the round.")
    page.get_by_label("Share my rating and note with").select_option(group.slug)
    page.get_by_role("button", name="Save how it went").click()
    assert "Thank you. Your experience helps others choose." in page.content()
    assert "Helped a lot: 1 member" in page.content()
    assert "Before I speak in the round." in page.content()
    page.get_by_role("button", name="Save to my toolkit").click()
    assert "Saved to your toolkit." in page.content()
    shot(page, "coping-11-browser-test-rated")
    rating = Rating.objects.get(user=nia)
    assert (rating.outcome, rating.group_id) == ("helped_a_lot", group.pk)
    assert ToolkitItem.objects.filter(user=nia).count() == 1

    page.goto(f"{live_server.url}/groups/{group.slug}/")
    page.get_by_role("link", name="What helped members").click()
    assert "In this group: 1 of 1 member said it helped" in page.content()
    page.get_by_role("link", name="Resources").first.click()
    page.get_by_label("Kind").select_option("link")
    page.get_by_label("Title").fill("Breathing guide")
    page.get_by_label("Web address").fill("javascript:alert(1)")
    page.get_by_role("button", name="Suggest it").click()
    assert "Only web links that start with http:// or https:// can be added." in page.content()
    page.get_by_label("Web address").fill("https://example.org/breathing")
    page.get_by_role("button", name="Suggest it").click()
    assert "A facilitator will look at your suggestion." in page.content()
    context.close()

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server.url, "fern")
    page.goto(f"{live_server.url}/groups/{group.slug}/resources/")
    page.get_by_role("button", name="Approve").click()
    link = page.get_by_role("link", name="Breathing guide")
    expect(link).to_have_attribute("rel", "nofollow noopener")
    shot(page, "coping-12-browser-test-resources-mobile")
    assert Resource.objects.get(title="Breathing guide").state == "approved"
    context.close()
