from django.core.management.base import BaseCommand, CommandError

from peerhaven import demo


class Command(BaseCommand):
    help = "Fill an empty database with a small demo (every demo account is marked as such)."

    def handle(self, *args, **options) -> None:
        try:
            summary = demo.seed()
        except demo.AlreadySeeded as exc:
            raise CommandError(str(exc)) from exc
        for line in summary:
            self.stdout.write(line)
