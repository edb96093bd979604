"""SQLite, with the writers of one process taking turns in arrival order.

SQLite lets one transaction write at a time. Every transaction here begins with BEGIN
IMMEDIATE (settings: transaction_mode), and a transaction that finds the database locked is
left by SQLite to sleep and retry (1, 2, 5 … 100 ms between tries) until the busy timeout:
under a burst of posts, most of a writer's wait is sleep after the lock was already free,
and the server's threads fill up with sleeping writers while readers queue behind them.

So the threads of one process queue on a lock of their own before they ask SQLite, and each
is woken the moment the one before it commits or rolls back. Several processes on one
database file still meet at SQLite's own lock and busy timeout, as before.
"""

import threading

from django.db.backends.sqlite3 import base
from django.db.utils import OperationalError

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _write_lock(name) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(str(name), threading.Lock())


class DatabaseWrapper(base.DatabaseWrapper):
    _held = None

    def _start_transaction_under_autocommit(self):
        lock = _write_lock(self.settings_dict["NAME"])
        timeout = float(self.settings_dict.get("OPTIONS", {}).get("timeout", 5))
        if not lock.acquire(timeout=timeout):
            raise OperationalError("database is locked")
        self._held = lock
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._release()
            raise

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.release()

    def _commit(self):
        try:
            return super()._commit()
        finally:
            self._release()

    def _rollback(self):
        try:
            return super()._rollback()
        finally:
            self._release()

    def _close(self):
        try:
            return super()._close()
        finally:
            self._release()
