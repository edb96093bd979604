"""The real server: one command serves pages, static files, WebSockets and health."""

import json
import os
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
    process = subprocess.Popen(
        [sys.executable, "-m", "peerhaven", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
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
