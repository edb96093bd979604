"""A facilitator opens the room; a member waits, is let in, chats, raises a hand and gets the floor.

Headless Chromium against the real ASGI application (pages and WebSockets on
one port, as `peerhaven serve` runs it), served by uvicorn in a thread of the
test process so that it shares the test database and the in-memory layer.
"""

import re
import threading
import time
from pathlib import Path

import pytest

from peerhaven.meetings import services as meeting_services
from peerhaven.testing import PASSWORD, add_member, make_group, make_person, schedule
from peerhaven.web.tests.test_serve import free_port

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


@pytest.fixture
def asgi_server():
    import uvicorn

    from peerhaven.asgi import application

    port = free_port()
    config = uvicorn.Config(
        application, host="127.0.0.1", port=port, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def log_in(page, base, username):
    page.goto(base + "/account/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(base + "/")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_open_the_room_chat_raise_a_hand_and_get_the_floor(asgi_server, browser):
    from playwright.sync_api import expect

    base = asgi_server
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Tuesday Evening Circle")
    mia = make_person("mia", display_name="Mia")
    add_member(group, mia)
    occurrence = schedule(fern, group)
    meeting_services.rsvp(actor=mia, occurrence=occurrence, going=True)

    facilitator = browser.new_context(viewport={"width": 1200, "height": 950}).new_page()
    log_in(facilitator, base, "fern")
    facilitator.goto(base + occurrence.get_absolute_url())
    facilitator.get_by_role("link", name="Enter the live room").click()
    expect(facilitator.get_by_role("heading", name="Facilitate")).to_be_visible(timeout=10_000)
    expect(facilitator.locator("#room-state")).to_have_text("The room is not open yet.")

    member = browser.new_context(viewport={"width": 420, "height": 900}).new_page()
    log_in(member, base, "mia")
    member.goto(base + occurrence.get_absolute_url() + "room/")
    member.get_by_role("button", name="Enter the room").click()
    expect(member.get_by_text("You're in the waiting room")).to_be_visible(timeout=10_000)
    shot(member, "30-room-waiting-member")

    waiting = facilitator.locator("#waiting-people")
    expect(waiting).to_contain_text("Mia", timeout=10_000)
    facilitator.get_by_label("Share timer").select_option("180")
    facilitator.get_by_role("button", name="Open", exact=True).click()
    expect(member.locator("#room-state")).to_have_text("The room is open.", timeout=10_000)

    chat = member.get_by_label("Your message")
    chat.fill("Hello everyone, glad to be here.")
    chat.press("Enter")
    expect(facilitator.locator("#chat-log")).to_contain_text(
        "Hello everyone, glad to be here.", timeout=10_000
    )
    expect(chat).to_be_focused()  # the focus stays where the member is typing
    expect(chat).to_have_value("")

    hand = member.get_by_role("button", name="Raise my hand")
    hand.click()
    expect(facilitator.locator("#next-line")).to_have_text("Next: Mia.", timeout=10_000)
    expect(member.get_by_role("button", name="Lower my hand")).to_have_attribute(
        "aria-pressed", "true"
    )
    facilitator.get_by_role("button", name="Give the floor to the next hand").click()
    expect(member.locator("#floor-line")).to_have_text("You have the floor.", timeout=10_000)
    expect(member.locator("#timer")).to_contain_text("left")
    expect(facilitator.locator("#floor-line")).to_have_text("Mia has the floor.")
    facilitator.locator("#chat-log").get_by_text("React").first.click()
    facilitator.get_by_role("button", name="I hear you").click()
    expect(member.locator("#chat-log")).to_contain_text("I hear you 1", timeout=10_000)
    shot(facilitator, "31-room-facilitator")
    shot(member, "32-room-member-has-the-floor")


def test_blocked_websockets_get_a_clear_message(asgi_server, browser):
    from playwright.sync_api import expect

    base = asgi_server
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Tuesday Evening Circle")
    occurrence = schedule(fern, group)
    page = browser.new_context().new_page()
    # As a proxy or firewall that refuses WebSockets would: every socket is closed at once.
    page.route_web_socket(re.compile(r"/ws/"), lambda socket: socket.close())
    log_in(page, base, "fern")
    page.goto(base + occurrence.get_absolute_url() + "room/")
    expect(page.get_by_role("heading", name="Live connections are blocked")).to_be_visible(
        timeout=10_000
    )
    expect(page.locator("#room-inside")).to_be_hidden()
    shot(page, "33-room-websockets-blocked")
