import os
import subprocess
import sys


def test_check_deploy_passes_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "PEERHAVEN_DATA_DIR": str(tmp_path),
        "PEERHAVEN_BASE_URL": "https://support.example.org",
        "PEERHAVEN_SECRET_KEY": "k" * 10
        + "production-secret-key-that-is-long-and-random-0123456789",
        "PEERHAVEN_DEBUG": "false",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "peerhaven", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
