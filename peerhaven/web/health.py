"""The health check: database, channel layer and task queue."""

import time
import uuid
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection
from django.utils import timezone

# Tasks waiting longer than this mean no worker is taking them.
QUEUE_STALL_AFTER = timedelta(minutes=10)


def check_database() -> dict:
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {
        "ok": True,
        "vendor": connection.vendor,
        "ms": round((time.perf_counter() - started) * 1000, 2),
    }


def check_channel_layer() -> dict:
    layer = get_channel_layer()
    started = time.perf_counter()

    async def round_trip() -> bool:
        channel = await layer.new_channel()
        token = uuid.uuid4().hex
        await layer.send(channel, {"type": "health.ping", "token": token})
        import asyncio

        message = await asyncio.wait_for(layer.receive(channel), timeout=2)
        return message.get("token") == token

    ok = async_to_sync(round_trip)()
    return {
        "ok": ok,
        "backend": type(layer).__name__,
        "ms": round((time.perf_counter() - started) * 1000, 2),
    }


def check_task_queue() -> dict:
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.ready()
    count = waiting.count()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    age = (timezone.now() - oldest) if oldest else timedelta(0)
    return {
        "ok": age < QUEUE_STALL_AFTER,
        "waiting": count,
        "oldest_waiting_seconds": int(age.total_seconds()),
    }


def run_checks() -> dict:
    results = {}
    for name, check in (
        ("database", check_database),
        ("channel_layer", check_channel_layer),
        ("task_queue", check_task_queue),
    ):
        try:
            results[name] = check()
        except Exception as exc:  # a health check reports failures, it does not raise them
            results[name] = {"ok": False, "error": type(exc).__name__}
    return results
