import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Apply migrations, then serve pages, WebSockets and static files on one port "
        "and run the background task worker beside it."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=1, help="web processes")
        parser.add_argument(
            "--no-task-worker",
            action="store_true",
            help="do not start a task worker (run `peerhaven worker` elsewhere)",
        )
        parser.add_argument("--no-migrate", action="store_true", help="skip applying migrations")

    def handle(self, *args, host: str, port: int, workers: int, **options) -> None:
        import uvicorn

        from peerhaven.wellbeing.crypto import check_data_key

        check_data_key()  # a missing or wrong data key stops here, saying what to do
        if workers > 1 and not settings.REDIS_URL:
            # Each process would keep its own cache (signed-in members, kept pages, rate
            # limits) and its own live rooms: what one process changed, another would not see.
            raise CommandError(
                "Several web processes share their cache, rate limits and live rooms through "
                "Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379/0), or serve with --workers 1."
            )
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        worker = None
        if not options["no_task_worker"]:
            worker = start_task_worker()
        # uvicorn hands a stop signal back to the handler it found once it has shut down;
        # this one ends the process through the `finally` below, so the worker stops too.
        signal.signal(signal.SIGTERM, _stop)
        shown_host = f"[{host}]" if ":" in host else host
        self.stdout.write(f"PeerHaven is running at http://{shown_host}:{port}/  (Ctrl+C stops it)")
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        self.stdout.flush()
        try:
            uvicorn.run(
                "peerhaven.asgi:application",
                host=host,
                port=port,
                workers=max(1, workers),
                lifespan="off",
                access_log=False,
                log_level="warning",
                ws_max_size=65_536,
                timeout_graceful_shutdown=5,
                server_header=False,
                proxy_headers=False,
            )
        finally:
            if worker is not None:
                worker.send_signal(signal.SIGTERM)
                try:
                    worker.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    worker.kill()


def _stop(signum, frame) -> None:
    raise SystemExit(0)


def start_task_worker() -> subprocess.Popen:
    """Start `peerhaven worker` tied to this process by a pipe only this process writes to.

    When this process ends in any way, even killed outright, the pipe closes and the
    worker stops after its current task: no worker is left running without its server.
    The worker has a session of its own, so Ctrl+C in a terminal reaches this process
    only, and the worker gets one stop signal (from the `finally` in `handle`), not two:
    a second one would end the task it is running.
    """
    if os.name != "posix":
        return subprocess.Popen([sys.executable, "-m", "peerhaven", "worker"])
    lifeline, keep = os.pipe()
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "peerhaven", "worker", "--lifeline", str(lifeline)],
            pass_fds=(lifeline,),
            start_new_session=True,
        )
    except BaseException:
        os.close(keep)
        raise
    finally:
        os.close(lifeline)
        # `keep` stays open, and uninherited, for as long as this process lives.
