from django.core.management.base import BaseCommand, CommandError

from peerhaven.wellbeing import crypto


class Command(BaseCommand):
    help = (
        "Seal every journal entry and mood note again under a new data key, while the site "
        "keeps running. With the key file in the data dir (the default) this makes the new "
        "key, re-seals everything, then forgets the old key. With PEERHAVEN_DATA_KEY, list "
        "the new key first and the old one after it (NEW,OLD) everywhere, then run this: it "
        "re-seals everything under the first key and tells you when the old one can go."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--print-new-key",
            action="store_true",
            help="only print a freshly generated key (for PEERHAVEN_DATA_KEY) and stop",
        )
        parser.add_argument(
            "--keep-old",
            action="store_true",
            help="keep the old key in the key file after re-sealing",
        )
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, print_new_key: bool, keep_old: bool, batch_size: int, **options):
        if print_new_key:
            self.stdout.write(crypto.encode_secret(crypto.new_secret()))
            return
        ring = crypto.check_data_key()
        if ring.source == "environment":
            report = self._reseal(batch_size)
            if report.still_on_old_keys:
                raise CommandError(self._left(report))
            self.stdout.write(
                f"Everything is sealed with key {ring.current.id}. Any other key can now be "
                "removed from PEERHAVEN_DATA_KEY."
            )
            return
        path = crypto.key_file()
        old = [key.secret for key in ring.keys]
        new = crypto.new_secret()
        # The new key first (it seals from now on), the old ones after it (they still open).
        crypto.write_key_file(path, [new, *old])
        crypto.forget_loaded_keys()
        new_id = crypto.key_id_for(new)
        self.stdout.write(f"New data key {new_id} written to {path}; re-sealing …")
        report = self._reseal(batch_size)
        if report.still_on_old_keys:
            raise CommandError(self._left(report) + f" The old keys stay in {path}.")
        if not keep_old:
            crypto.write_key_file(path, [new])
            crypto.forget_loaded_keys()
            self.stdout.write(f"The old key is gone from {path}.")
        self.stdout.write(
            f"Done: {report.resealed} values re-sealed with key {new_id}. Back up {path} "
            "now: without it nothing sealed can be read."
        )

    def _reseal(self, batch_size: int) -> crypto.ResealReport:
        report = crypto.reseal_all(batch_size=batch_size)
        if report.damaged:
            self.stderr.write(
                f"{report.damaged} sealed values do not open (damaged); they were left as they are."
            )
        return report

    def _left(self, report: crypto.ResealReport) -> str:
        left = ", ".join(f"{key} ({n})" for key, n in sorted(report.still_on_old_keys.items()))
        return (
            f"Some values are still sealed with older keys: {left}. Run the command again; "
            "values that are damaged stay on their old key."
        )
