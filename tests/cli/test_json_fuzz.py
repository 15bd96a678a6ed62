"""Strict JSON input under a seeded fuzz corpus (issue 14, item 7): every document of every
command is either stored or refused with one Vietnamese line, never a crash (exit 70), and
nothing is ever stored as "None" or "[]"."""

import argparse
import io
import json

import pytest

from danvan_desktop.cli import petition_commands, work_commands
from danvan_desktop.errors import DanVanError
from tests.cli.json_fuzz import BASES, corpus, kept

HANDLERS = {
    "petition": petition_commands.cmd_add,
    "reception": petition_commands.cmd_reception_add,
    "activity": work_commands.cmd_activity_add,
    "model": work_commands.cmd_model_add,
    "democracy": work_commands.cmd_democracy_add,
}
TEXT_COLUMNS = {
    "petitions": ("kind", "channel", "field", "content", "signatories", "accused", "eligibility", "competence",
                  "assigned_to", "source_body", "note"),
    "petitioners": ("name", "address", "cccd", "phone"),
    "receptions": ("kind", "receiver", "note"),
    "activities": ("kind", "content", "place", "led_by", "field", "target_group", "outcome", "follow_up"),
    "dvk_models": ("name", "field", "owner_kind", "owner", "status", "results"),
    "democracy_records": ("kind", "matter", "form", "answer", "findings", "recommendations"),
}


class InProcess:
    """The CLI context of an already logged-in session (no open and login per document)."""

    def __init__(self, session):
        self.session = session

    def with_session(self, work):
        return work(self.session)


@pytest.mark.parametrize("command", sorted(BASES))
def test_the_kept_corpus_is_the_seeded_one(command):
    documents = kept(command)
    assert documents == corpus(command) and len(documents) >= 300


@pytest.mark.parametrize("command", sorted(BASES))
def test_every_document_is_stored_or_refused_in_one_line(command, admin_session, monkeypatch, capsys):
    context, handler = InProcess(admin_session), HANDLERS[command]
    stored = refused = 0
    for number, document in enumerate(kept(command)):
        monkeypatch.setattr("sys.stdin", io.StringIO(document))
        try:
            handler(context, argparse.Namespace(source="-"))
            stored += 1
        except DanVanError as error:
            message = str(error)
            assert message and "\n" not in message and "Traceback" not in message, (number, message)
            refused += 1
        except Exception as error:  # what the CLI would turn into exit 70
            pytest.fail(f"document {number} of {command}: {type(error).__name__}: {error}\n{document[:300]}")
    capsys.readouterr()
    assert stored and refused
    for table, columns in TEXT_COLUMNS.items():
        existing = {c for c in admin_session.db[table].columns_dict}
        for column in (c for c in columns if c in existing):
            bad = admin_session.db.execute(
                f"SELECT count(*) FROM {table} WHERE {column} IN ('None', '[]', '{{}}', 'True', 'False') "
                f"OR instr({column}, char(0)) > 0").fetchone()[0]
            assert bad == 0, (table, column)


@pytest.mark.parametrize("command", sorted(BASES))
def test_through_the_command_line_exit_codes_are_0_or_1(command, cli):
    name = {"petition": ("petition", "add"), "reception": ("reception", "add"), "activity": ("activity", "add"),
            "model": ("model", "add"), "democracy": ("democracy", "add")}[command]
    for document in kept(command)[:12]:
        code, out, err = cli(*name, "--json", "-", stdin=document)
        assert code in (0, 1), (document[:200], err)
        if code == 1:
            assert err.startswith("Lỗi:") and err.count("\n") == 1, err


def test_assigned_to_must_name_a_user(cli):
    petition = {**BASES["petition"], "assigned_to": "khong-ai-ca"}
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps(petition))
    assert code == 1 and "khong-ai-ca" in err and err.count("\n") == 1


@pytest.mark.parametrize("document, words", [
    ('{"received_on": "2026-11-02", "kind": ["khieu_nai"]}', "mã"),
    ('{"received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai", '
     '"content": null}', "content"),
    ('{"received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai", '
     '"content": "x", "signer_count": 99999999999999999999}', "64 bit"),
    ('{"received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai", '
     '"content": "\\ud800"}', "Unicode"),
    ('{"received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai", '
     '"content": "a\\u0000b"}', "NUL"),
    ('{"received_on": "02/11/2026", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai", '
     '"content": "x"}', "YYYY-MM-DD"),
    ("[" * 5000 + "]" * 5000, "lồng nhau"),
    ('[[[[[[[[1]]]]]]]]', "lồng nhau"),
    ('{"received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai", '
     '"content": "' + "x" * 20_001 + '"}', "20000"),
])
def test_each_kind_of_bad_input_gets_its_own_line(cli, document, words):
    code, out, err = cli("petition", "add", "--json", "-", stdin=document)
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1 and words in err, err
    code, out, err = cli("petition", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("command", [("rules", "load"), ("unit", "load")])
def test_rule_files_and_unit_lists_too_deep_are_one_line(cli, tmp_path, command):
    deep = tmp_path / "sau.json"
    deep.write_text("[" * 100_000, "utf-8")
    code, out, err = cli(*command, str(deep))
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1, err
