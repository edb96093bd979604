"""The `peerhaven` command line: Django's management commands plus the project's own."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peerhaven.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "peerhaven"
    # Our commands are spelled with hyphens on the command line (`seed-demo`),
    # Django's modules with underscores.
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
