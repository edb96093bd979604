"""Periodic tasks: a small clock inside every task worker.

Each worker enqueues the periodic tasks on its own schedule. Several workers
may enqueue the same task; the tasks themselves are written so that running
twice does no harm (reminders claim a unique row before sending).
"""

import logging
import threading
import time

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def run_clock(stop: threading.Event, *, tick: float = 5.0) -> None:
    schedule = [(path, float(every)) for path, every in settings.PEERHAVEN_PERIODIC_TASKS]
    next_due = {path: time.monotonic() for path, _every in schedule}
    while not stop.is_set():
        now = time.monotonic()
        for path, every in schedule:
            if now >= next_due[path]:
                next_due[path] = now + every
                try:
                    import_string(path).enqueue()
                except Exception:  # the clock keeps going; the failure is logged without data
                    logger.exception("could not enqueue periodic task %s", path)
        stop.wait(tick)


def start_clock() -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=run_clock, args=(stop,), name="peerhaven-clock", daemon=True).start()
    return stop
