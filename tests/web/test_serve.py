"""``policywatch serve``: where it binds, what it says, and that it serves our pages."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.web.conftest import free_port, start_serve, stop


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
    assert "no database at" in result.stderr and "nope.db" in result.stderr
    assert not (tmp_path / "nope.db").exists()


UNKNOWN = [
    "/-/policywatch/change/abc",
    "/-/policywatch/change/999999",
    "/-/policywatch/document/999999",
    "/-/policywatch/vendor/nobody",
    "/-/policywatch/nothing-here",
    "/policywatch/versions/999999",
    "/policywatch/versions/999999.json",
    "/nobody",
]


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_unknown_pages_are_404_and_the_console_stays_quiet(web_db: Path) -> None:
    """A visitor's typo is not a fault of the server: a 404 page, no traceback."""
    process, base = start_serve(web_db)
    try:
        statuses = {path: status_of(base + path) for path in UNKNOWN}
        assert status_of(base + "/-/policywatch/feed.atom") == 200
    finally:
        out, err = stop(process)
    assert statuses == dict.fromkeys(UNKNOWN, 404)
    console = out + err
    assert "Traceback" not in console and "NotFound" not in console, console[:2000]
    assert len(console.splitlines()) <= 3, console[:2000]  # 'Serving ...' and a note at most


def listening_socket() -> socket.socket:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    return busy


def test_a_busy_port_says_what_to_do(web_db: Path, tmp_path: Path) -> None:
    with listening_socket() as busy:
        port = busy.getsockname()[1]
        served = run_cli("serve", "--db", str(web_db), "--port", str(port), timeout=60)
        demo_db = tmp_path / "demo.db"
        demo = run_cli("demo", "--db", str(demo_db), "--port", str(port), timeout=60)
    for result in (served, demo):
        assert result.returncode == 2, result.stdout + result.stderr
        assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
        assert f"--port {port + 1}" in result.stderr
        assert "Traceback" not in result.stderr
    assert "make demo PORT=" in demo.stderr
    assert not demo_db.exists()  # said before crawling, not after


def test_demo_says_how_to_point_the_cli_at_its_database(demo_run) -> None:
    db, demo = demo_run
    assert f"give them --db {db}" in demo.stdout
    assert f"export POLICYWATCH_DB={db.resolve()}" in demo.stdout


def test_demo_runs_analyse_itself_without_telling_the_user_to(demo_run) -> None:
    # 'policywatch crawl -v' alone prints the hint (tests/test_analyse_stage.py);
    # the demo, which runs analyse right after its crawls, does not.
    _db, demo = demo_run
    assert "Topics and facts for the vendor comparison" in demo.stdout
    assert "Run 'policywatch analyse'" not in demo.stdout + demo.stderr
    assert "Crawled 5 documents" in demo.stdout  # the crawls' own summaries are still there


def start_datasette(db: Path) -> tuple[subprocess.Popen[str], str]:
    """Plain ``datasette DB`` (no policywatch code but the installed plugin)."""
    port = free_port()
    datasette = Path(sys.executable).with_name("datasette")
    process = subprocess.Popen(
        [str(datasette), "serve", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_answering(process, base)
    return process, base


def wait_until_answering(process: subprocess.Popen[str], base: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=5):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                out, err = process.communicate()
                pytest.fail(f"datasette did not answer:\n{out}\n{err}")
            time.sleep(0.2)


def body(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def test_datasette_loads_the_same_pages_as_serve(
    web_db: Path, ids: dict[str, int], server: str
) -> None:
    """The plugin's entry point: ``datasette policywatch.db`` = ``policywatch serve``."""
    process, base = start_datasette(web_db)
    try:
        pages = [
            f"/-/policywatch/change/{ids['faveo_change']}",
            f"/-/policywatch/document/{ids['faveo_document']}",
            "/-/policywatch/vendor/faveo",
            "/-/policywatch/search?q=dager",
            "/-/policywatch/static/policywatch.css",
            "/policywatch/latest_material_changes.json?_shape=array",  # a canned query
        ]
        for path in pages:
            assert body(base + path) == body(server + path), path
        # Tables carry the project's descriptions (serve's settings differ: no facet
        # suggestions, so those pages are not byte for byte the same).
        described = "Companies whose documents are watched"
        assert described in body(base + "/policywatch/vendors")
        assert "Latest material changes" in body(base + "/")
        assert status_of(base + "/-/policywatch/change/abc") == 404
        post = urllib.request.Request(base + "/policywatch", data=b"sql=x", method="POST")
        assert status_of_request(post) == 405  # read-only, as served by policywatch
    finally:
        stop(process)


def status_of_request(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_listening_socket_is_tcp_so_responses_are_not_delayed() -> None:
    """asyncio sets TCP_NODELAY only on sockets made with IPPROTO_TCP; without it
    each page waited ~40 ms for a delayed ACK (benchmarks/datasette.py showed it)."""
    from policywatch.db.web import listen

    with listen("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP


def test_a_login_survives_a_restart_of_serve(web_db: Path) -> None:
    """Login cookies are signed with a secret kept beside the database (DB.secret,
    owner-only), not one made up per process: restarting serve logs nobody out."""
    import http.cookiejar
    import stat
    import urllib.parse

    added = run_cli(
        "users", "add", "ana", "--role", "viewer", "--password-stdin", "--db", str(web_db),
        input_text="correct horse battery\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def home_needs_login(base: str) -> bool:
        with browser.open(base + "/", timeout=10) as response:
            return "/-/policywatch/login" in response.url

    process, base = start_serve(web_db)
    try:
        assert home_needs_login(base)
        token = next(c.value for c in jar if c.name == "ds_csrftoken")
        form = {"csrftoken": token, "name": "ana", "password": "correct horse battery"}
        data = urllib.parse.urlencode(form).encode()
        browser.open(base + "/-/policywatch/login", data=data, timeout=10).close()
        assert not home_needs_login(base)
    finally:
        stop(process)
    secret = Path(f"{web_db}.secret")
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    process, base = start_serve(web_db)  # a new process (and port; cookies ignore ports)
    try:
        assert not home_needs_login(base)  # the same cookie, a new process
    finally:
        stop(process)
