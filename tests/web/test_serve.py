"""``policywatch serve``: where it binds, what it says, and that it serves our pages."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.web.conftest import start_serve, stop


def non_loopback_address() -> str | None:
    """An address of this machine other than loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent for UDP connect
        except OSError:
            return None
        address = str(s.getsockname()[0])
    return None if address.startswith("127.") else address


def test_serves_on_loopback_only_by_default(web_db: Path) -> None:
    process, base = start_serve(web_db)
    try:
        with urllib.request.urlopen(base + "/-/policywatch/feed.atom", timeout=10) as response:
            assert response.headers["content-type"].startswith("application/atom+xml")
        address = non_loopback_address()
        if address is not None:
            port = base.rsplit(":", 1)[1]
            with pytest.raises(urllib.error.URLError):
                urllib.request.urlopen(f"http://{address}:{port}/", timeout=5)
    finally:
        out, err = stop(process)
    assert f"read-only on {base}/" in out
    assert "Warning" not in err


def test_all_interfaces_prints_a_warning(web_db: Path) -> None:
    process, base = start_serve(web_db, "--host", "0.0.0.0")
    try:
        with urllib.request.urlopen(base + "/", timeout=10) as response:
            assert response.status == 200
    finally:
        out, err = stop(process)
    assert "Warning: serving on 0.0.0.0: the data becomes visible on the network" in err
    assert "read-only on http://0.0.0.0:" in out


def test_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("serve", "--db", str(tmp_path / "nope.db"))
    assert result.returncode == 2
    assert "no such database" in result.stderr
