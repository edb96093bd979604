"""PeerHaven settings: the one module, read from the environment only.

Every variable is documented in README.md with its default. The defaults run
on one machine with nothing else installed: SQLite in the data dir, the
in-memory channel layer, a local cache and mail written as files.
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from peerhaven.conf import (
    email_settings,
    env_bool,
    env_int,
    env_list,
    env_str,
    read_or_create_secret,
)

PACKAGE_DIR = Path(__file__).resolve().parent

DATA_DIR = Path(env_str("PEERHAVEN_DATA_DIR", "var") or "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("PEERHAVEN_DEBUG", False)
SECRET_KEY = env_str("PEERHAVEN_SECRET_KEY") or read_or_create_secret(DATA_DIR / "secret_key")

# Keys that encrypt journal text (base64, comma-separated, the first encrypts);
# unset: a key file generated in the data dir (see wellbeing/crypto.py).
PEERHAVEN_DATA_KEY = env_str("PEERHAVEN_DATA_KEY")

BASE_URL = (env_str("PEERHAVEN_BASE_URL", "http://127.0.0.1:8000") or "").rstrip("/")
_base = urlsplit(BASE_URL)
HTTPS = _base.scheme == "https"
ALLOWED_HOSTS = env_list(
    "PEERHAVEN_ALLOWED_HOSTS",
    [_base.hostname or "127.0.0.1", "127.0.0.1", "localhost", "[::1]"],
)
CSRF_TRUSTED_ORIGINS = [f"{_base.scheme}://{_base.netloc}"] if _base.netloc else []

INSTALLED_APPS = [
    "peerhaven.accounts",
    "peerhaven.web",
    "peerhaven.safety",
    "peerhaven.groups",
    "peerhaven.meetings",
    "peerhaven.live",
    "peerhaven.sharing",
    "peerhaven.notifications",
    "peerhaven.wellbeing",
    "peerhaven.coping",
    "peerhaven.api",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "channels",
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "peerhaven.accounts.middleware.SessionLifetimeMiddleware",
    "peerhaven.accounts.middleware.MemberPreferencesMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "peerhaven.accounts.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "peerhaven.web.middleware.PrivatePagesMiddleware",
    "peerhaven.groups.middleware.AccessMiddleware",
    "peerhaven.safety.middleware.RateLimitMiddleware",
]

ROOT_URLCONF = "peerhaven.urls"
WSGI_APPLICATION = "peerhaven.wsgi.application"
ASGI_APPLICATION = "peerhaven.asgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "peerhaven.web.context_processors.site",
                "peerhaven.notifications.context_processors.unread",
            ],
        },
    }
]

#: Every field in a block of its own, whether drawn with its form or alone.
FORM_RENDERER = "peerhaven.web.forms.FormRenderer"

# --- Database -----------------------------------------------------------------

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            # Django's SQLite backend, with the writers of a process queued in turn.
            "ENGINE": "peerhaven.sqlite",
            "NAME": DATA_DIR / "peerhaven.sqlite3",
            "OPTIONS": {
                # Writers take the lock when the transaction starts, so two
                # writers queue up on busy_timeout instead of failing with
                # "database is locked" half way through.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=FULL;"
                    "PRAGMA busy_timeout=20000;"
                    "PRAGMA foreign_keys=ON;"
                ),
            },
            # Each server thread keeps its connection between requests instead of opening
            # the file and running the PRAGMAs above for every request.
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            # A file, not memory, so tests with several threads share one database.
            "TEST": {"NAME": str(DATA_DIR / "test-peerhaven.sqlite3")},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, channel layer, tasks ----------------------------------------------

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "peerhaven",
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "prefix": "peerhaven"},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# (task, every N seconds): enqueued by each task worker's clock (web/scheduler.py).
PEERHAVEN_PERIODIC_TASKS = [
    ("peerhaven.meetings.tasks.send_due_reminders", 60),
    ("peerhaven.meetings.tasks.extend_schedules", 3600),
    ("peerhaven.notifications.tasks.send_daily_digests", 3600),
    ("peerhaven.wellbeing.tasks.send_mood_prompts", 60),
    ("peerhaven.wellbeing.tasks.send_self_care_reminders", 60),
]

# --- Accounts -----------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "peerhaven.accounts.backends.PeerHavenModelBackend",
    "peerhaven.accounts.backends.PeerHavenAccountBackend",
]
PASSWORD_HASHERS = [
    "peerhaven.accounts.hashers.PeerHavenArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {
        "NAME": "peerhaven.accounts.validators.MaximumLengthValidator",
        "OPTIONS": {"max_length": 128},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "web:home"
ACCOUNT_LOGOUT_REDIRECT_URL = "web:home"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_BLACKLIST = [
    "admin",
    "administrator",
    "moderator",
    "facilitator",
    "peerhaven",
    "staff",
    "support",
    "anonymous",
    "former-member",
]
ACCOUNT_SIGNUP_FORM_CLASS = "peerhaven.accounts.forms.SignupExtrasForm"
ACCOUNT_ADAPTER = "peerhaven.accounts.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    # At most 5 failed attempts per account per 30 minutes, 30 per address per hour.
    "login_failed": "30/h/ip,5/30m/key",
    "signup": "20/h/ip",
    "reset_password": "20/h/ip,5/h/key",
    "change_password": "5/m/user",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "PeerHaven: "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "PeerHaven"
# Email is optional here, so two-factor must not depend on a verified address.
MFA_ALLOW_UNVERIFIED_EMAIL = True
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("PEERHAVEN_TRUSTED_PROXIES", 0)

# The header's "My groups" menu.
PEERHAVEN_NAV_GROUPS = "peerhaven.groups.selectors.nav_groups"

# What happens to a message the crisis detector rates urgent: "urgent" holds
# it for care (not shown to the group until a moderator looks), "never" shows it.
PEERHAVEN_CRISIS_HOLD = env_str("PEERHAVEN_CRISIS_HOLD", "urgent")
if PEERHAVEN_CRISIS_HOLD not in {"urgent", "never"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("PEERHAVEN_CRISIS_HOLD must be urgent or never")

# The optional semantic layer of the crisis detector (`pip install peerhaven[ml]`):
# "auto" uses it when it is installed, "off" keeps to the rules layer.
PEERHAVEN_CRISIS_SEMANTIC = env_str("PEERHAVEN_CRISIS_SEMANTIC", "auto")
if PEERHAVEN_CRISIS_SEMANTIC not in {"auto", "off"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("PEERHAVEN_CRISIS_SEMANTIC must be auto or off")

# The code of conduct members accept; raise it when its text changes.
CODE_OF_CONDUCT_VERSION = 1

# --- Sessions and security ----------------------------------------------------

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 14 * 24 * 3600  # idle expiry; refreshed at most daily
SESSION_ABSOLUTE_AGE = 30 * 24 * 3600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = HTTPS
SESSION_COOKIE_NAME = "peerhaven_session"
CSRF_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "peerhaven.web.views.csrf_failure"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = HTTPS and env_bool("PEERHAVEN_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# Joining the browsers' preload list is hard to undo, so each operator opts in.
SECURE_HSTS_PRELOAD = HTTPS and env_bool("PEERHAVEN_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
if env_bool("PEERHAVEN_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
DATA_UPLOAD_MAX_MEMORY_SIZE = 1_048_576

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Language and time --------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# --- Static files and mail ----------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve straight from the installed apps: no collectstatic step for `make run`.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

globals().update(email_settings(env_str("EMAIL_URL"), DATA_DIR))
DEFAULT_FROM_EMAIL = env_str("PEERHAVEN_FROM_EMAIL", "PeerHaven <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Logging ------------------------------------------------------------------
# Records carry what happened, never what a member wrote: request bodies and
# query strings are not logged, and our own code logs ids and kinds only.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("PEERHAVEN_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.security.DisallowedHost": {"level": "ERROR"},
    },
}
