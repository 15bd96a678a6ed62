"""Activities, "Dân vận khéo" models and grassroots democracy in real widgets: detail views
opened from the registers, filters, and export of the current view."""

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from danvan_desktop.domain.activities import ActivityInput, ModelInput
from danvan_desktop.domain.democracy import DemocracyInput
from danvan_desktop.gui import record_detail_dialog
from danvan_desktop.gui.pages.activities_page import ActivitiesPage
from danvan_desktop.gui.pages.democracy_page import DemocracyPage
from danvan_desktop.gui.pages.models_page import ModelsPage
from danvan_desktop.gui.record_detail_dialog import RecordDetailDialog
from danvan_desktop.services import activities, democracy
from danvan_desktop.services.attachments import add_attachment

TODAY = date(2026, 11, 22)
MEETING = ActivityInput(
    held_on=date(2026, 11, 5), kind="tuyen_truyen", content="Tuyên truyền Luật Đất đai 2024", place="Thôn Nà Lầu",
    starts_at=time(8, 0), ends_at=time(10, 30), led_by="Ma Văn Hùng", participants=80, women=35, ethnic_minority=70,
    religious=4, field="dat_dai", target_group="Hộ dân thôn Nà Lầu", outcome="Nhân dân đồng thuận",
    follow_up="Hướng dẫn kê khai")
MODEL = ModelInput(name="Dân vận khéo trong giải phóng mặt bằng", field="kinh_te", owner_kind="tap_the",
                   owner="UBND xã Lâm Bình", year_registered=2025, status="hieu_qua", recognition_level="tinh",
                   recognition_form="giay_khen", results="Bàn giao mặt bằng đúng hạn")
DECISION = DemocracyInput(kind="ban_quyet_dinh", on=date(2026, 4, 10), matter="Mức đóng góp làm đường thôn Nà Lầu",
                          form="hop", turnout=112, in_favour_percent=87)


@pytest.fixture
def opened(monkeypatch):
    """Detail dialogs the pages open, caught instead of run modally."""
    dialogs = []

    def fake_exec(dialog):
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(RecordDetailDialog, "exec", fake_exec)
    return dialogs


def _photo(tmp_path):
    path = tmp_path / "anh-hoi-nghi.jpg"
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path))
    return path


def test_activity_detail_opens_on_double_click_with_its_evidence(qtbot, admin_session, opened, tmp_path):
    activity_id = activities.add_activity(admin_session, MEETING, today=TODAY)
    add_attachment(admin_session, activity_id, _photo(tmp_path), owner="activity")
    page = ActivitiesPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.model.index(0, 2))
    # A real double-click starts with a click: the view remembers the pressed cell.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Hoạt động dân vận số {activity_id}"
    assert dialog.value_of("Ngày:") == "05/11/2026"
    assert dialog.value_of("Thời gian:") == "08:00 – 10:30"
    assert dialog.value_of("Loại hoạt động:") == "Tuyên truyền, phổ biến, quán triệt"
    assert dialog.value_of("Người tham gia:") == "80 người (phụ nữ 35, dân tộc thiểu số 70, tôn giáo 4)"
    assert dialog.value_of("Lĩnh vực:") == "Đất đai"
    assert dialog.value_of("Việc tiếp theo:") == "Hướng dẫn kê khai"
    assert dialog.attachments.list.count() == 1
    assert not dialog.attachments.list.item(0).icon().isNull()


def test_model_detail_opens_with_enter(qtbot, admin_session, opened):
    model_id = activities.add_model(admin_session, MODEL, today=TODAY)
    page = ModelsPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.row["id"] == model_id
    assert dialog.value_of("Khen thưởng:") == "Giấy khen cấp tỉnh"
    assert dialog.value_of("Tình trạng:") == "Hiệu quả"
    assert dialog.value_of("Năm đăng ký:") == "2025"
    assert dialog.attachments.list.count() == 0 and not dialog.attachments.empty.isHidden()


def test_democracy_detail_shows_the_fields_of_its_kind(qtbot, admin_session, opened):
    record_id = democracy.add_record(admin_session, DECISION, today=TODAY)
    page = DemocracyPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.start.setDate(date(2026, 1, 1))
    page.refresh()
    page.open_record(page.model.index(0, 0).data(Qt.ItemDataRole.UserRole))
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.row["id"] == record_id
    assert dialog.value_of("Ngày:") == "10/04/2026"
    assert dialog.value_of("Cách thức bàn, quyết định:") == "Hội nghị, cuộc họp"
    assert dialog.value_of("Tỷ lệ tán thành:") == "87%"
    with pytest.raises(KeyError):
        dialog.value_of("Số ngày niêm yết:")
    assert record_detail_dialog.dmy("2026-11-22T03:04:05+00:00") == "22/11/2026"


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The file dialog answers with a name typed without its extension."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "xuat"), ""))
    return tmp_path / "xuat.xlsx"


@pytest.mark.parametrize("register", ["activities", "models", "democracy"])
def test_export_button_writes_the_current_view(qtbot, admin_session, save_to, register):
    from openpyxl import load_workbook

    from danvan_desktop.services import work_export

    activities.add_activity(admin_session, MEETING, today=TODAY)
    activities.add_activity(admin_session, ActivityInput(held_on=date(2026, 6, 1), kind="hoa_giai",
                                                         content="Hòa giải ở thôn Bản Khiển"), today=TODAY)
    activities.add_model(admin_session, MODEL, today=TODAY)
    democracy.add_record(admin_session, DECISION, today=TODAY)
    page = {"activities": ActivitiesPage, "models": ModelsPage, "democracy": DemocracyPage}[register](
        admin_session, today=TODAY)
    qtbot.addWidget(page)
    if register == "activities":
        page.kind.setCurrentIndex(page.kind.findData("tuyen_truyen"))  # the view, not the whole register
    page.refresh()
    page.export_button.click()
    qtbot.waitUntil(lambda: "Đã xuất 1 " in page.export_status.text(), timeout=10000)
    assert str(save_to) in page.export_status.text()
    rows = list(load_workbook(save_to).active.iter_rows(values_only=True))
    headers = {"activities": work_export.ACTIVITY_HEADERS, "models": work_export.MODEL_HEADERS,
               "democracy": work_export.DEMOCRACY_HEADERS}[register]
    assert rows[0] == headers and len(rows) == 2
    page.runner.wait_idle()


def test_models_page_filters_keep_the_unit_verdict(qtbot, admin_session):
    activities.add_model(admin_session, MODEL, today=TODAY)
    activities.add_model(admin_session, replace(MODEL, name="Chung sức xây dựng nông thôn mới", field="nong_thon_moi",
                                                status="dang_ky", year_registered=2026), today=TODAY)
    page = ModelsPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 2 and page.year.text() == "mọi năm"
    page.status.setCurrentIndex(page.status.findData("dang_ky"))
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "Chung sức xây dựng nông thôn mới"
    page.status.setCurrentIndex(0)
    page.year.setValue(2025)
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "2025"
    page.field.setCurrentIndex(page.field.findData("nong_thon_moi"))
    assert page.model.rowCount() == 0 and "Có 1 mô hình" in page.verdict.text()


def test_models_register_is_lazy_and_passes_qtmodeltester(qtmodeltester, admin_session, monkeypatch):
    from danvan_desktop.gui.models import keyset_model
    from danvan_desktop.gui.models.work_table_models import ModelFilter, ModelTableModel

    for year in (2021, 2022, 2022, 2023, 2024):
        activities.add_model(admin_session, replace(MODEL, name=f"Mô hình năm {year}", year_registered=year),
                             today=TODAY)
    monkeypatch.setattr(keyset_model, "PAGE", 2)  # several pages, ties on the year included
    model = ModelTableModel(admin_session, ModelFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    years = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert years == ["2024", "2023", "2022", "2022", "2021"]
    assert len({model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(5)}) == 5
    qtmodeltester.check(ModelTableModel(admin_session, ModelFilter(field="kinh_te")))


def test_activities_filter_by_place_suggests_the_known_places(qtbot, admin_session):
    activities.add_activity(admin_session, MEETING, today=TODAY)
    activities.add_activity(admin_session, replace_activity(place="Thôn Bản Khiển", kind="hoa_giai"), today=TODAY)
    page = ActivitiesPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.known_places.stringList() == ["Thôn Bản Khiển", "Thôn Nà Lầu"]
    completer = page.place.completer()
    completer.setCompletionPrefix("khiển")
    assert completer.currentCompletion() == "Thôn Bản Khiển"
    page.place.setText("Thôn Bản Khiển")
    page.place.editingFinished.emit()
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "Hòa giải ở cơ sở"
    page.place.clear()
    page.field.setCurrentIndex(page.field.findData("dat_dai"))
    assert page.model.rowCount() == 2
    page.kind.setCurrentIndex(page.kind.findData("tuyen_truyen"))
    assert page.model.rowCount() == 1 and "1 hoạt động, 80 lượt" in page.totals.text()


def replace_activity(**changes):
    return replace(MEETING, **changes)


@pytest.mark.parametrize("page_class", [ActivitiesPage, ModelsPage, DemocracyPage])
def test_register_tables_fill_the_width_with_their_last_column(qtbot, admin_session, page_class):
    from PySide6.QtWidgets import QHeaderView

    activities.add_activity(admin_session, replace_activity(content="Tuyên truyền " * 40), today=TODAY)
    activities.add_model(admin_session, replace(MODEL, results="Kết quả " * 40), today=TODAY)
    democracy.add_record(admin_session, replace(DECISION, matter="Nội dung " * 40), today=TODAY)
    page = page_class(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    header = page.table.horizontalHeader()
    last = page.table.model().columnCount() - 1
    assert header.sectionResizeMode(last) == QHeaderView.ResizeMode.Stretch
    assert header.length() <= page.table.viewport().width() + 1  # no horizontal scrolling
    assert header.sectionSize(last) >= page.table.viewport().width() // 5


def test_activity_model_pages_lazily_and_passes_qtmodeltester(qtmodeltester, qtbot, admin_session, monkeypatch):
    from datetime import timedelta

    from danvan_desktop.gui.models import keyset_model
    from danvan_desktop.gui.models.work_table_models import ActivityFilter, ActivityTableModel

    monkeypatch.setattr(keyset_model, "PAGE", 4)
    for day in range(10):  # two on each of five days: the key must separate equal dates
        activities.add_activity(admin_session, replace_activity(held_on=date(2026, 3, 1) + timedelta(days=day // 2),
                                                                participants=day + 1, women=0, ethnic_minority=0,
                                                                religious=0), today=TODAY)
    model = ActivityTableModel(admin_session, ActivityFilter(date(2026, 1, 1), TODAY))
    assert model.rowCount() == 4 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 10
    ids = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(10)]
    assert len(set(ids)) == 10
    days = [model.index(r, 0).data() for r in range(10)]
    assert days[0] == "05/03/2026" and days[-1] == "01/03/2026"
    # A fresh model for resets: Qt's tester fetches more inside its reset check, which it then
    # counts as rows inserted during the reset.
    other = ActivityTableModel(admin_session, ActivityFilter(date(2026, 3, 2), date(2026, 3, 3)))
    other.fetchMore()  # a full page: only the next, empty one tells the end
    assert other.rowCount() == 4 and not other.canFetchMore()
    other.set_query(ActivityFilter(date(2026, 1, 1), TODAY))
    assert other.rowCount() == 4
    assert other.row_of_day(date(2026, 3, 1)) == 8 and other.rowCount() == 10  # fetched on the way
    assert other.row_of_day(date(2026, 2, 1)) is None

    page = ActivitiesPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.start.setDate(date(2026, 1, 1))
    page.refresh()
    assert page.model.rowCount() == 4 and "10 hoạt động, 55 lượt" in page.totals.text()
    assert page.calendar.dateTextFormat(date(2026, 3, 1)).fontWeight() == 700  # marked though not loaded yet
    page.calendar.clicked.emit(date(2026, 3, 2))
    assert page.table.currentIndex().row() == 6


def test_democracy_model_pages_lazily_and_passes_qtmodeltester(qtmodeltester, admin_session, monkeypatch):
    from datetime import timedelta

    from danvan_desktop.gui.models import keyset_model
    from danvan_desktop.gui.models.work_table_models import DemocracyFilter, DemocracyTableModel

    monkeypatch.setattr(keyset_model, "PAGE", 3)
    for n in range(7):
        democracy.add_record(admin_session, replace(DECISION, on=date(2026, 4, 1) + timedelta(days=n // 2),
                                                    turnout=100 + n), today=TODAY)
    democracy.add_record(admin_session, DemocracyInput(kind="cong_khai", on=date(2026, 5, 4), form="bang_tin",
                                                       matter="Dự toán thu chi ngân sách xã", posted_days=30),
                         today=TODAY)
    model = DemocracyTableModel(admin_session, DemocracyFilter(date(2026, 1, 1), TODAY))
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 8
    assert model.index(0, 4).data() == "niêm yết 30 ngày" and model.index(0, 0).data() == "04/05/2026"
    assert len({model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(8)}) == 8
    assert model.index(7, 4).data() == "100 người, 87% tán thành"
    filtered = DemocracyTableModel(admin_session, DemocracyFilter(date(2026, 1, 1), TODAY, kind="cong_khai"))
    assert filtered.rowCount() == 1 and not filtered.canFetchMore()
