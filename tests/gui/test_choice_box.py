"""Every combo box gives back the values it was given (PySide6 turns a str Enum into a str)."""

import re
from enum import Enum, IntEnum
from pathlib import Path

from danvan_desktop.domain.users import Role
from danvan_desktop.gui.choice_box import ChoiceBox

ROOT = Path(__file__).resolve().parents[2]


class Size(IntEnum):
    SMALL = 1


class Plain(Enum):
    A = "a"


def test_values_come_back_with_their_type(qtbot):
    box = ChoiceBox()
    qtbot.addWidget(box)
    box.add_choices({Role.LEADER: "Lãnh đạo", "khieu_nai": "Khiếu nại", None: "(chưa giao)"})
    box.addItem("Nhỏ", Size.SMALL)
    box.insertItem(0, "Số", 7)
    box.setCurrentIndex(box.findText("Lãnh đạo"))
    assert box.currentData() is Role.LEADER
    assert box.itemData(box.findText("Khiếu nại")) == "khieu_nai"
    assert box.itemData(box.findText("(chưa giao)")) is None
    assert box.itemData(box.findText("Nhỏ")) is Size.SMALL
    assert box.itemData(0) == 7 and type(box.itemData(0)) is int
    assert box.select_value("khieu_nai") and box.currentText() == "Khiếu nại"
    assert not box.select_value("khong_co") and box.currentText() == "Khiếu nại"
    box.clear()
    box.addItem("Quản trị", Role.ADMIN)
    assert box.currentData() is Role.ADMIN


def test_every_combo_box_in_the_gui_is_a_choice_box():
    gui = ROOT / "danvan_desktop" / "gui"
    made_plain = [str(p.relative_to(ROOT)) for p in gui.rglob("*.py")
                  if "forms" not in p.parts and p.name != "choice_box.py" and re.search(r"\bQComboBox\(", p.read_text())]
    assert made_plain == []
    in_forms = [p.name for p in (ROOT / "ui").glob("*.ui") if 'class="QComboBox"' in p.read_text()]
    assert in_forms == []
