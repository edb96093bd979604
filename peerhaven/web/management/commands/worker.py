import os
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from peerhaven.web.scheduler import start_clock


class Command(BaseCommand):
    help = "Run the background task worker (reminders, emails, alerts) with its periodic clock."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--batch", action="store_true", help="run what is waiting, then stop")
        parser.add_argument("--no-clock", action="store_true", help="do not enqueue periodic tasks")
        parser.add_argument(
            "--lifeline",
            type=int,
            metavar="FD",
            help="stop once this pipe is closed (how `peerhaven serve` ties its worker to itself)",
        )

    def handle(self, *args, interval: float, batch: bool, no_clock: bool, **options) -> None:
        if options.get("lifeline") is not None:
            try:
                os.fstat(options["lifeline"])
            except OSError as error:
                raise CommandError(
                    f"--lifeline {options['lifeline']} is not an open file descriptor."
                ) from error
            threading.Thread(
                target=stop_when_closed,
                args=(options["lifeline"],),
                name="peerhaven-lifeline",
                daemon=True,
            ).start()
        stop = None if (batch or no_clock) else start_clock()
        try:
            call_command(
                "db_worker",
                interval=interval,
                batch=batch,
                queue_name="default",
                # Django's autoreloader would run the worker as a child of this process,
                # out of reach of the signals and the lifeline meant for it.
                reload=False,
                verbosity=options.get("verbosity", 1),
            )
        finally:
            if stop is not None:
                stop.set()


def stop_when_closed(fd: int) -> None:
    """Wait for the far end of the pipe to close, then stop as on SIGTERM (gracefully)."""
    try:
        while os.read(fd, 64):
            pass
    except OSError:
        pass
    os.kill(os.getpid(), signal.SIGTERM)
