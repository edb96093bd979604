from django.core.management import call_command
from django.core.management.base import BaseCommand

from peerhaven.web.scheduler import start_clock


class Command(BaseCommand):
    help = "Run the background task worker (reminders, emails, alerts) with its periodic clock."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--batch", action="store_true", help="run what is waiting, then stop")
        parser.add_argument("--no-clock", action="store_true", help="do not enqueue periodic tasks")

    def handle(self, *args, interval: float, batch: bool, no_clock: bool, **options) -> None:
        stop = None if (batch or no_clock) else start_clock()
        try:
            call_command(
                "db_worker",
                interval=interval,
                batch=batch,
                queue_name="default",
                verbosity=options.get("verbosity", 1),
            )
        finally:
            if stop is not None:
                stop.set()
