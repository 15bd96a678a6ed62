"""The compiled forms in danvan_desktop/gui/forms match their Designer files in ui/."""

from pathlib import Path

import pytest

from danvan_desktop.gui.forms.compile import FORMS, TARGET, compile_form


def _body(path: Path) -> list[str]:
    # The header names the uic version; what matters is the code.
    return [line for line in path.read_text("utf-8").splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("form", sorted(FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_fresh(form, tmp_path):
    committed = TARGET / f"ui_{form.stem}.py"
    assert committed.exists(), f"{committed.name} missing: run python -m danvan_desktop.gui.forms.compile"
    fresh = tmp_path / committed.name
    compile_form(form, fresh)
    assert _body(committed) == _body(fresh), f"{committed.name} is stale: recompile the forms"


def test_no_orphan_compiled_forms():
    forms = {p.stem for p in FORMS.glob("*.ui")}
    compiled = {p.stem.removeprefix("ui_") for p in TARGET.glob("ui_*.py")}
    assert compiled == forms
