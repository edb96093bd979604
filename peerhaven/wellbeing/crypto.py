"""Sealing what members write privately (journal entries, mood notes) with AES-256-GCM.

Keys come from one of two places:

- `PEERHAVEN_DATA_KEY` (or `PEERHAVEN_DATA_KEY_FILE`): one or more base64 keys separated
  by commas; the first seals, the others only open. The operator manages them; use this
  when several machines serve the same database.
- otherwise the key ring file `<data dir>/data_key` (mode 0600), generated on first use
  and managed by `peerhaven rotate-data-key`: one key per line, the first seals.

Every sealed value is stored with the id of the key that sealed it (a fingerprint of
the key), so a rotation re-seals row by row while the site keeps running: processes
notice a changed key file, and a value sealed under a key they have not loaded makes
them read the file again. The associated data binds a value to its purpose and to its
member, so a sealed value moved to another row of another member does not open.

A key file is only ever created when nothing sealed exists yet: a lost key must never
be silently replaced by a new one, which would make everything written so far unreadable.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import CommandError
from django.db import DatabaseError, transaction
from django.db.models import Count

from peerhaven.conf import env_str

KEY_FILE_NAME = "data_key"
ENV_NAME = "PEERHAVEN_DATA_KEY"
FORMAT_V1 = b"\x01"
NONCE_BYTES = 12
KEY_BYTES = 32

# (app label, model, ciphertext field, key id field, purpose): every sealed column.
SEALED_COLUMNS = (
    ("wellbeing", "JournalEntry", "ciphertext", "key_id", "journal"),
    ("wellbeing", "MoodCheckIn", "note_ciphertext", "note_key_id", "mood-note"),
)


class DataKeyError(ImproperlyConfigured):
    """The data key is missing, malformed or not the one the data was sealed with.

    The message says what to do; `peerhaven serve` stops with it.
    """


class TamperedData(Exception):
    """A sealed value did not open: it was changed outside PeerHaven or is damaged."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "This sealed value does not open with its key: it was changed outside PeerHaven "
            "or is damaged, so it is not shown."
        )


@dataclass(frozen=True)
class Key:
    id: str
    secret: bytes


@dataclass(frozen=True)
class KeyRing:
    keys: tuple[Key, ...]
    source: str  # "environment" or the key file's path

    @property
    def current(self) -> Key:
        return self.keys[0]

    def get(self, key_id: str) -> Key | None:
        for key in self.keys:
            if key.id == key_id:
                return key
        return None


def key_id_for(secret: bytes) -> str:
    return hashlib.sha256(b"peerhaven data key id\x00" + secret).hexdigest()[:16]


def new_secret() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def encode_secret(secret: bytes) -> str:
    return base64.urlsafe_b64encode(secret).decode("ascii")


def _decode_secret(text: str, where: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    try:
        secret = base64.urlsafe_b64decode(padded.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        secret = b""
    if len(secret) != KEY_BYTES:
        raise DataKeyError(
            f"{where} holds something that is not a data key: each key must be {KEY_BYTES} "
            "random bytes in base64. Make one with `peerhaven rotate-data-key --print-new-key`."
        )
    return secret


def parse_keys(text: str, *, where: str) -> tuple[Key, ...]:
    keys = []
    for raw in text.replace(",", "\n").splitlines():
        item = raw.strip()
        if not item or item.startswith("#"):
            continue
        secret = _decode_secret(item, where)
        keys.append(Key(key_id_for(secret), secret))
    if not keys:
        raise DataKeyError(f"{where} holds no data key.")
    return tuple(keys)


def key_file() -> Path:
    return Path(settings.DATA_DIR) / KEY_FILE_NAME


def configured_keys() -> str | None:
    """The operator's keys from the environment (or settings), when given."""
    value = getattr(settings, ENV_NAME, None)
    if value is None:
        value = env_str(ENV_NAME)
    return value or None


# --- the key ring, loaded once and reloaded when the key file changes ---------------

_lock = threading.Lock()
_cache: dict[str, object] = {"stamp": None, "ring": None}


def _stamp(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return (str(path), info.st_ino, info.st_mtime_ns, info.st_size)


def _check_mode(path: Path) -> None:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise DataKeyError(
            f"The data key file {path} can be read by other accounts (mode {mode:o}). "
            f"Run `chmod 600 {path}` and start again."
        )


def _read_file_ring(path: Path) -> KeyRing:
    _check_mode(path)
    return KeyRing(parse_keys(path.read_text(encoding="ascii"), where=str(path)), str(path))


def sealed_key_ids() -> dict[str, int]:
    """How many sealed values each key id holds, over every sealed column.

    A database without the tables yet (before the first migration) holds none.
    """
    from django.apps import apps

    counts: dict[str, int] = {}
    try:
        for app_label, model_name, _cipher, key_field, _purpose in SEALED_COLUMNS:
            model = apps.get_model(app_label, model_name)
            rows = (
                model.objects.exclude(**{key_field: ""})
                .values_list(key_field)
                .annotate(n=Count("pk"))
                .order_by()
            )
            for key_id, count in rows:
                counts[key_id] = counts.get(key_id, 0) + count
    except DatabaseError:
        return {}
    return counts


def _create_key_file(path: Path) -> None:
    in_use = sealed_key_ids()
    if in_use:
        total = sum(in_use.values())
        raise DataKeyError(
            f"The data key file {path} is missing, but {total} sealed journal entries and "
            "mood notes are stored. Restore the file from your backup (or set "
            f"{ENV_NAME} to the key) and start again. PeerHaven will not make a new key: "
            "that would leave what members wrote unreadable."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process made it first; read theirs
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(encode_secret(new_secret()) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def key_ring(*, create: bool = True, reload: bool = False) -> KeyRing:
    """The keys in force; creates the key file on first use when nothing is sealed yet."""
    configured = configured_keys()
    if configured:
        stamp = ("environment", configured)
        with _lock:
            if _cache["stamp"] != stamp:
                ring = KeyRing(parse_keys(configured, where=ENV_NAME), "environment")
                _cache.update(stamp=stamp, ring=ring)
            return _cache["ring"]  # type: ignore[return-value]
    path = key_file()
    with _lock:
        stamp = _stamp(path)
        if stamp is None:
            if not create:
                raise DataKeyError(
                    f"The data key file {path} is missing and {ENV_NAME} is not set."
                )
            _create_key_file(path)
            stamp = _stamp(path)
        if reload or _cache["stamp"] != stamp:
            _cache.update(stamp=stamp, ring=_read_file_ring(path))
        return _cache["ring"]  # type: ignore[return-value]


def forget_loaded_keys() -> None:
    with _lock:
        _cache.update(stamp=None, ring=None)


# --- sealing ------------------------------------------------------------------------


def _aad(purpose: str, user_id: int) -> bytes:
    return f"peerhaven/{purpose}/{user_id}".encode()


def seal(plaintext: str, *, purpose: str, user_id: int) -> tuple[bytes, str]:
    """(ciphertext, key id) for `plaintext`, bound to its purpose and member."""
    key = key_ring().current
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(key.secret).encrypt(nonce, plaintext.encode("utf-8"), _aad(purpose, user_id))
    return FORMAT_V1 + nonce + sealed, key.id


def unseal(ciphertext, key_id: str, *, purpose: str, user_id: int) -> str:
    """The plaintext; raises TamperedData when it does not open, DataKeyError without its key."""
    ring = key_ring()
    key = ring.get(key_id)
    if key is None:
        # Sealed by a process that already uses a newer key: read the key file again.
        ring = key_ring(reload=True)
        key = ring.get(key_id)
    if key is None:
        raise DataKeyError(
            f"A value was sealed with data key {key_id}, which is not in {ring.source}. "
            f"Put that key back (as a later line of the key file, or after a comma in "
            f"{ENV_NAME})."
        )
    blob = bytes(ciphertext or b"")
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT_V1:
        raise TamperedData()
    try:
        plain = AESGCM(key.secret).decrypt(
            blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], _aad(purpose, user_id)
        )
    except InvalidTag:
        raise TamperedData() from None
    return plain.decode("utf-8")


# --- start-up check and rotation ----------------------------------------------------


def check_data_key() -> KeyRing:
    """Stop start-up, with what to do, when the data key is missing, malformed or wrong.

    Creates the key file only when nothing sealed is stored. Raises CommandError.
    """
    try:
        forget_loaded_keys()
        ring = key_ring()
        missing = {
            key_id: count for key_id, count in sealed_key_ids().items() if ring.get(key_id) is None
        }
    except DataKeyError as problem:
        raise CommandError(str(problem)) from None
    if missing:
        total = sum(missing.values())
        ids = ", ".join(sorted(missing))
        raise CommandError(
            f"{total} sealed journal entries and mood notes were sealed with data key(s) {ids}, "
            f"which {ring.source} does not hold, so they could not be read. Set {ENV_NAME} "
            "(or restore the key file) to the key used before; to move to a new key, list the "
            f"new key first and the old one after it (NEW,OLD) and run "
            "`peerhaven rotate-data-key`. Nothing was changed."
        )
    return ring


def write_key_file(path: Path, keys: list[bytes]) -> None:
    """Replace the key file atomically (mode 0600): a crash leaves the old or the new one."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write("".join(encode_secret(secret) + "\n" for secret in keys))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


@dataclass
class ResealReport:
    resealed: int
    damaged: int
    still_on_old_keys: dict[str, int]


def reseal_all(*, batch_size: int = 200, max_passes: int = 10) -> ResealReport:
    """Re-seal every value not sealed with the current key.

    Each row is updated only if it still holds what was read, so an edit made at the
    same moment is never overwritten; such rows are looked at again in another pass.
    Values that do not open (damaged) are left as they are and counted.
    """
    from django.apps import apps

    resealed = 0
    damaged: set[tuple[str, int]] = set()
    for _attempt in range(max_passes):
        current = key_ring(reload=True).current.id
        raced = 0
        for app_label, model_name, cipher_field, key_field, purpose in SEALED_COLUMNS:
            model = apps.get_model(app_label, model_name)
            last_pk = 0
            while True:
                rows = list(
                    model.objects.filter(pk__gt=last_pk)
                    .exclude(**{key_field: ""})
                    .exclude(**{key_field: current})
                    .order_by("pk")
                    .values_list("pk", "user_id", cipher_field, key_field)[:batch_size]
                )
                if not rows:
                    break
                last_pk = rows[-1][0]
                with transaction.atomic():
                    for pk, user_id, ciphertext, key_id in rows:
                        try:
                            plain = unseal(ciphertext, key_id, purpose=purpose, user_id=user_id)
                        except TamperedData:
                            damaged.add((model_name, pk))
                            continue
                        new_cipher, new_id = seal(plain, purpose=purpose, user_id=user_id)
                        updated = model.objects.filter(
                            pk=pk, **{key_field: key_id, cipher_field: bytes(ciphertext)}
                        ).update(**{cipher_field: new_cipher, key_field: new_id})
                        if updated:
                            resealed += 1
                        else:
                            raced += 1
        if not raced:
            break
    current = key_ring(reload=True).current.id
    left = {key_id: n for key_id, n in sealed_key_ids().items() if key_id != current}
    return ResealReport(resealed=resealed, damaged=len(damaged), still_on_old_keys=left)
