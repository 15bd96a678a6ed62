"""The `danvan` command run in-process on a fresh database of Xã Lâm Bình."""

import pytest

from danvan_desktop.cli.main import main
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def cli(monkeypatch, db_path, capsys):
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("DANVAN_USER", "admin")
    base = ["--db", str(db_path)]
    assert main([*base, "init", "--unit", "02266", "--admin", "admin"]) == 0
    capsys.readouterr()

    def run(*args, stdin=None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", __import__("io").StringIO(stdin))
        code = main([*base, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
