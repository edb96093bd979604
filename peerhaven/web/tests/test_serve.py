"""The real server: one command serves pages, static files, WebSockets and health."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "PEERHAVEN_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    if env.get("DATABASE_URL"):
        # The shared test database belongs to the suite; this server gets its own file.
        env.pop("DATABASE_URL")
    # Output goes to a file: a pipe nobody reads fills up and stalls the server.
    with (tmp_path / "serve.log").open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "peerhaven", "serve", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/ping")
        yield port, process, tmp_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_serve_migrates_and_serves_everything_on_one_port(server):
    port, process, data_dir = server
    base = f"http://127.0.0.1:{port}"

    with urllib.request.urlopen(base + "/") as response:
        assert response.status == 200
        assert "PeerHaven" in response.read().decode()
    with urllib.request.urlopen(base + "/static/css/peerhaven.css") as response:
        assert response.status == 200
        assert "--accent" in response.read().decode()
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz") as response:
                health = json.loads(response.read())
                break
        except urllib.error.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    assert health["status"] == "ok"
    # Embedded defaults live in the data dir: the database and a private secret key.
    assert (data_dir / "peerhaven.sqlite3").exists()
    assert oct((data_dir / "secret_key").stat().st_mode & 0o777) == "0o600"


def test_serve_answers_websockets_on_the_same_port(server):
    port, _process, _data_dir = server
    from websockets.sync.client import connect

    with connect(
        f"ws://127.0.0.1:{port}/ws/ping/", open_timeout=10, origin=f"http://127.0.0.1:{port}"
    ) as ws:
        ws.send("ping")
        assert ws.recv(timeout=10) == "pong"


def children(pid: int) -> dict[int, str]:
    """The processes whose parent is `pid`, with their command lines (read from /proc)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue  # it ended while we looked
        if parent == pid:
            found[int(entry)] = command
    return found


def task_worker_of(process: subprocess.Popen) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for pid, command in children(process.pid).items():
            if "peerhaven worker" in command:
                return pid
        time.sleep(0.2)
    raise AssertionError("the server started no task worker")


def is_running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_until_stopped(pid: int, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not is_running(pid):
            return True
        time.sleep(0.2)
    return False


linux_only = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")


@linux_only
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_stopping_the_server_stops_its_task_worker(server, how):
    _port, process, _data_dir = server
    worker = task_worker_of(process)

    process.send_signal(how)

    assert process.wait(timeout=30) == 0
    assert wait_until_stopped(worker), "the task worker outlived its server"


@linux_only
def test_the_task_worker_stops_when_its_server_is_killed_outright(server):
    _port, process, _data_dir = server
    worker = task_worker_of(process)

    process.kill()
    process.wait(timeout=10)

    assert wait_until_stopped(worker), "the task worker outlived its server"


def test_several_processes_without_redis_are_refused_with_a_reason(tmp_path):
    env = {**os.environ, "PEERHAVEN_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "peerhaven", "serve", "--port", str(free_port()), "--workers", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "set REDIS_URL" in result.stderr
