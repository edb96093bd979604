"""Test set-up shared by every app: fast hashing, tasks run at once, a clean cache."""

import contextlib
import os
import shutil
import uuid

import pytest
from django.conf import settings


def pytest_configure(config) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if settings.REDIS_URL:
        # Every test process gets its own key space in the shared Redis.
        prefix = f"peerhaven-test-{worker}-{uuid.uuid4().hex[:8]}"
        settings.CACHES["default"]["KEY_PREFIX"] = prefix
        settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = prefix


def clear_cache() -> None:
    from django.core.cache import cache

    if settings.REDIS_URL:
        client = cache._cache.get_client(write=True)
        prefix = settings.CACHES["default"]["KEY_PREFIX"]
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def _clean_cache():
    clear_cache()
    yield


@pytest.fixture
def empty_cache():
    """Empties this test process's part of the cache, never another process's (Django's
    ``cache.clear()`` on Redis flushes the whole database, the other workers' counters too)."""
    return clear_cache


@pytest.fixture(autouse=True)
def _default_language_and_zone():
    # A request by a member activates their language and time zone in the thread that
    # served it, as it does in the server; the next test starts from the defaults.
    from django.utils import timezone, translation

    yield
    translation.deactivate()
    timezone.deactivate()


@pytest.fixture
def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.skip("chromium is not installed (scripts/ensure-chromium installs Debian's package)")
    return path


@pytest.fixture
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # test itself makes are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            yield instance
        finally:
            instance.close()
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def member(db):
    from peerhaven.testing import make_person

    return make_person("river", display_name="River", country="GB", time_zone="Europe/London")


@pytest.fixture
def other_member(db):
    from peerhaven.testing import make_person

    return make_person("sol", display_name="Sol", country="ES", time_zone="Europe/Madrid")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def cast(db):
    """Everyone around one public group (see peerhaven.testing.build_cast)."""
    from peerhaven.testing import build_cast

    return build_cast()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Let the suite reset its databases: the moderation log refuses deletes otherwise.

    (See safety/migrations/0002_append_only_log.py; the test of the log itself
    empties this table inside its own transaction.)
    """
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO safety_log_purge_allowed (id) VALUES (1) ON CONFLICT DO NOTHING"
        )
    yield
    if connection.vendor == "postgresql":
        # Servers that tests ran in threads (browser and live-room tests) leave
        # connections of their own open; end them so the test database can be dropped.
        from django.db import DatabaseError

        with (
            django_db_blocker.unblock(),
            connection.cursor() as cursor,
            contextlib.suppress(DatabaseError),
        ):
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every test that commits must give the database back as migrations left it.

    Data migrations ship the taxonomy and the starter strategies; a plain flush
    would lose them for the tests that follow and recreate content types under
    new ids, which breaks the next serialized restore.
    """
    offenders = [
        item.nodeid
        for item in items
        if (marker := item.get_closest_marker("django_db")) is not None
        and marker.kwargs.get("transaction")
        and not marker.kwargs.get("serialized_rollback")
    ]
    if offenders:
        raise pytest.UsageError(
            "mark these django_db(transaction=True, serialized_rollback=True): "
            + ", ".join(offenders)
        )
    # Tests that commit run on their own, one after another (`make suite` runs
    # `-m serial` without xdist): restoring a database while another test
    # process works beside it is not something SQLite or Django promise.
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction"):
            item.add_marker(pytest.mark.serial)
