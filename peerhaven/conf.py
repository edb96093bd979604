"""Typed helpers that read configuration from the environment.

Every setting may also be given as a file through `NAME_FILE` (for container
secrets); the file's content, stripped, is the value.
"""

import os
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str | None = None) -> str | None:
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"{name}_FILE points to {file_name!r}, which cannot be read: {exc}"
            ) from exc
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    value = env_str(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def read_or_create_secret(path: Path, *, nbytes: int = 50, encoding: str = "urlsafe") -> str:
    """Return the secret stored at `path`, creating it (mode 0600) on first use.

    Several processes may start at once; exactly one creates the file and the
    others read what it wrote.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):
            value = path.read_text(encoding="ascii").strip()
            if value:
                return value
            import time

            time.sleep(0.02)
        raise ImproperlyConfigured(
            f"The secret file {path} is empty; remove it to generate a new one."
        ) from None
    value = secrets.token_urlsafe(nbytes) if encoding == "urlsafe" else secrets.token_hex(nbytes)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value


def email_settings(url: str | None, data_dir: Path) -> dict[str, object]:
    """Translate EMAIL_URL into Django's email settings.

    smtp://user:password@host:587 (STARTTLS), smtps://…:465 (TLS),
    file:///path, console://, memory://. Default: files under the data dir.
    """
    from urllib.parse import unquote, urlsplit

    if not url:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(data_dir / "mail"),
        }
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parts.path) or str(data_dir / "mail"),
        }
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "memory":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme in {"smtp", "smtps", "submission"}:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname or "localhost",
            "EMAIL_PORT": parts.port or (465 if scheme == "smtps" else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": scheme == "smtps",
            "EMAIL_USE_TLS": scheme == "submission" or "starttls" in parts.query,
            "EMAIL_TIMEOUT": 10,
        }
    raise ImproperlyConfigured(
        f"EMAIL_URL has an unknown scheme {scheme!r}; use smtp, smtps, file or console"
    )
