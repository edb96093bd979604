"""A new person's first visit, driven in headless Chromium against a live server."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from peerhaven.accounts.models import User
from peerhaven.safety import crisis
from peerhaven.testing import ARTIFACTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "lanterns over the quiet bay"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_sign_up_set_country_get_help_download_and_delete(live_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, accept_downloads=True)
    page = context.new_page()
    outside_requests = []
    page.on(
        "request",
        lambda request: (
            outside_requests.append(request.url)
            if not request.url.startswith(live_server.url)
            else None
        ),
    )

    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Join with a pseudonym").first.click()
    page.get_by_label("Username").fill("harbourlight")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again):").fill(PASSWORD)
    page.get_by_label("I have read and accept the code of conduct.").check()
    shot(page, "01-signup")
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(live_server.url + "/")
    assert "Welcome back" in page.content()

    page.goto(live_server.url + "/account/profile/")
    page.get_by_label("Country").select_option("NZ")
    page.get_by_label("Time zone").select_option("Pacific/Auckland")
    page.get_by_role("button", name="Save profile").click()
    assert "Your profile is saved." in page.content()
    shot(page, "02-profile")

    page.get_by_role("link", name="Get help now").first.click()
    nz = crisis.directory_for("NZ")
    assert nz.lines[0].organisation in page.content()
    shot(page, "03-crisis")

    page.locator("summary", has_text="harbourlight").click()
    page.get_by_role("button", name="Log out").click()
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("Username").fill("harbourlight")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + "/account/data/")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download my data").click()
    archive = zipfile.ZipFile(io.BytesIO(Path(download_info.value.path()).read_bytes()))
    data = json.loads(archive.read("peerhaven-data.json"))
    assert data["sections"]["account"]["country"] == "NZ"

    page.goto(live_server.url + "/account/delete/")
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand that this cannot be undone.").check()
    page.get_by_role("button", name="Delete my account for good").click()
    assert "Your account is deleted" in page.content()
    shot(page, "04-deleted")
    assert not User.objects.filter(username="harbourlight").exists()
    assert outside_requests == []
    context.close()


def test_pages_work_without_javascript_and_in_dark_mode(live_server, browser):
    context = browser.new_context(
        java_script_enabled=False, color_scheme="dark", viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    page.goto(live_server.url + "/help/crisis/?country=US")
    assert page.get_by_role("heading", name="Get help now").is_visible()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(18, 24, 22)"
    # Nothing is wider than the smallest phone screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shot(page, "05-crisis-dark-360")
    context.close()
