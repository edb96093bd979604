from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background task worker (reminders, emails, alerts)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--batch", action="store_true", help="run what is waiting, then stop")

    def handle(self, *args, interval: float, batch: bool, **options) -> None:
        call_command(
            "db_worker",
            interval=interval,
            batch=batch,
            queue_name="default",
            verbosity=options.get("verbosity", 1),
        )
