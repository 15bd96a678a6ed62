"""Sorting the registers by a header click, in Vietnamese order; the overdue view on the most urgent."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from danvan_desktop.domain.petitions import MASKED_IDENTITY, Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.pages.petitions_page import PetitionsPage
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services import petitions
from danvan_desktop.services.auth import login
from danvan_desktop.services.demo_petitions import load_demo_petitions
from danvan_desktop.services.users import add_user

TODAY = date(2026, 11, 22)
NAMES = ("Lê Văn Đông", "Trần Duy", "Phạm Ơn", "Vũ On", "Hồ Ôn", "Đỗ Thị Mạ", "Bùi Má", "Lý Ma")


@pytest.fixture
def officer(admin_session):
    add_user(admin_session, "vanphong", "Nguyễn Thị Nhung", Role.OFFICER, "matkhau-vanphong")
    return login(admin_session.store, "vanphong", "matkhau-vanphong")


def add(session, name, received, kind="kien_nghi", content="Kiến nghị sửa đường", field="dat_dai"):
    return petitions.add_petition(session, PetitionInput(
        received_on=received, kind=kind, channel="truc_tiep", field=field, content=content,
        accused="Cán bộ địa chính" if kind == "to_cao" else "",
        petitioners=(Petitioner(name, "Thôn Nà Lầu"),)), today=TODAY)


def click_header(qtbot, page, column):
    """The user clicks the column's header."""
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def column_texts(page, column, n=None):
    model = page.model
    return [model.data(model.index(r, column)) for r in range(n if n is not None else model.rowCount())]


def shown_page(qtbot, session):
    page = PetitionsPage(session, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_header_click_sorts_names_in_vietnamese_order(qtbot, officer):
    for i, name in enumerate(NAMES):
        add(officer, name, date(2026, 10, 1 + i))
    page = shown_page(qtbot, officer)
    header = page.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 1
    click_header(qtbot, page, 3)
    assert header.sortIndicatorSection() == 3 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # By given name, as Vietnamese lists are: Duy before Đông; Ma, Má, Mạ by tone; On, Ôn, Ơn.
    assert column_texts(page, 3) == ["Trần Duy", "Lê Văn Đông", "Lý Ma", "Bùi Má", "Đỗ Thị Mạ",
                                     "Vũ On", "Hồ Ôn", "Phạm Ơn"]
    click_header(qtbot, page, 3)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert column_texts(page, 3)[:3] == ["Phạm Ơn", "Hồ Ôn", "Vũ On"]


def test_dates_and_deadlines_sort_by_date(qtbot, officer):
    add(officer, "Nguyễn An", date(2026, 2, 28))
    add(officer, "Nguyễn Bình", date(2026, 11, 3))
    add(officer, "Nguyễn Chi", date(2025, 12, 30))
    page = shown_page(qtbot, officer)
    click_header(qtbot, page, 1)  # from newest first to oldest first
    assert column_texts(page, 1) == ["30/12/2025", "28/02/2026", "03/11/2026"]  # not by the dd/mm text
    click_header(qtbot, page, 6)
    dues = column_texts(page, 6)
    as_dates = [date(int(d[6:10]), int(d[3:5]), int(d[:2])) for d in (x[:10] for x in dues) if d]
    assert as_dates == sorted(as_dates) and len(as_dates) == 3


def test_sorting_keeps_the_search_and_filter_and_starts_at_the_top(qtbot, qtmodeltester, admin_session, officer):
    load_demo_petitions(admin_session, 600, today=TODAY)
    page = shown_page(qtbot, officer)
    page.kind.setCurrentIndex(page.kind.findData("khieu_nai"))
    page.search.setText("dat")
    page.apply_filters()
    before = page.model.rowCount()
    assert before > 10
    page.table.scrollToBottom()
    click_header(qtbot, page, 4)  # Nội dung
    assert page.model.rowCount() == before  # the same petitions, another order
    assert set(column_texts(page, 2)) == {"Khiếu nại"}
    assert page.table.verticalScrollBar().value() == 0  # from the first row
    from danvan_desktop.collation import sort_key
    contents = column_texts(page, 4)
    assert contents == sorted(contents, key=lambda c: sort_key(c[:40]))
    qtmodeltester.check(page.model)
    # a new search keeps the order and shows the list from its first row
    page.table.scrollToBottom()
    page.search.setText("thu hoi")
    page.apply_filters()
    assert page.table.verticalScrollBar().value() == 0 and page.table.currentIndex().row() <= 0
    contents = column_texts(page, 4)
    assert contents == sorted(contents, key=lambda c: sort_key(c[:40]))


def test_a_new_filter_shows_the_list_from_its_first_row(qtbot, admin_session, officer):
    load_demo_petitions(admin_session, 400, today=TODAY)
    page = shown_page(qtbot, officer)
    page.table.scrollToBottom()
    assert page.table.verticalScrollBar().value() > 0
    page.field.setCurrentIndex(page.field.findData("dat_dai"))  # the user picks a field
    assert page.table.verticalScrollBar().value() == 0
    assert page.table.rowAt(0) == 0 and page.model.rowCount() > 0
    page.table.scrollToBottom()
    page.search.setText("nuoc")
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().value() == 0, timeout=3000)  # after the typing pause


def test_the_arrow_says_how_a_search_is_ordered(qtbot, admin_session, officer):
    """A search lists newest entered first: the arrow moves to Số while it lasts, the list is
    in that order, and a sort the user chose during the search stays when it ends."""
    load_demo_petitions(admin_session, 300, today=TODAY)
    page = shown_page(qtbot, officer)
    header = page.table.horizontalHeader()
    arrow = lambda: (header.sortIndicatorSection(), header.sortIndicatorOrder())  # noqa: E731
    assert arrow() == (1, Qt.SortOrder.DescendingOrder)
    page.search.setFocus()
    QTest.keyClicks(page.search, "dat")
    qtbot.waitUntil(lambda: arrow() == (0, Qt.SortOrder.DescendingOrder), timeout=3000)  # after the typing pause
    numbers = [int(n) for n in column_texts(page, 0)]
    assert len(numbers) > 5 and numbers == sorted(numbers, reverse=True)
    page.search.clear()
    qtbot.waitUntil(lambda: arrow() == (1, Qt.SortOrder.DescendingOrder), timeout=3000)
    received = [date(int(d[6:10]), int(d[3:5]), int(d[:2])) for d in column_texts(page, 1)]
    assert received == sorted(received, reverse=True)
    QTest.keyClicks(page.search, "dat")
    qtbot.waitUntil(lambda: arrow()[0] == 0, timeout=3000)
    click_header(qtbot, page, 3)  # the user sorts the search by name
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == petitions.count(officer, petitions.list_query(today=TODAY)))
    assert arrow() == (3, Qt.SortOrder.AscendingOrder)


def test_kinds_sort_by_their_vietnamese_labels(qtbot, officer):
    add(officer, "An", date(2026, 10, 1), kind="to_cao", content="Tố cáo cán bộ")
    add(officer, "Bình", date(2026, 10, 2), kind="khieu_nai", content="Khiếu nại")
    add(officer, "Chi", date(2026, 10, 3), kind="phan_anh", content="Phản ánh")
    page = shown_page(qtbot, officer)
    click_header(qtbot, page, 2)
    assert column_texts(page, 2) == ["Khiếu nại", "Phản ánh", "Tố cáo"]


def test_a_secret_denouncer_sorts_last_and_tells_nothing(qtbot, officer):
    add(officer, "An Văn Tố", date(2026, 10, 1), kind="to_cao", content="Tố cáo cán bộ")  # would sort first
    add(officer, "Trần Bình", date(2026, 10, 2))
    add(officer, "Lê Chi", date(2026, 10, 3))
    page = shown_page(qtbot, officer)
    click_header(qtbot, page, 3)
    assert column_texts(page, 3) == ["Trần Bình", "Lê Chi", MASKED_IDENTITY]


def test_overdue_view_opens_on_the_most_urgent(qtbot, officer):
    add(officer, "Nguyễn An", date(2026, 10, 20))  # processing limit passed a few days ago
    add(officer, "Nguyễn Bình", date(2026, 9, 1))  # passed long ago: the most urgent
    add(officer, "Nguyễn Chi", date(2026, 11, 20))  # not overdue
    add(officer, "Nguyễn Dung", date(2026, 10, 1))
    page = shown_page(qtbot, officer)
    page.state.setCurrentIndex(page.state.findData("overdue"))
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (6, Qt.SortOrder.AscendingOrder)
    assert column_texts(page, 3) == ["Nguyễn Bình", "Nguyễn Dung", "Nguyễn An"]
    page.state.setCurrentIndex(page.state.findData(""))  # every state again: the register's own order
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert column_texts(page, 1)[0] == "20/11/2026"


def test_overdue_count_on_the_overview_opens_the_overdue_view(qtbot, officer):
    add(officer, "Nguyễn An", date(2026, 10, 20))
    add(officer, "Nguyễn Bình", date(2026, 9, 1))
    window = MainWindow(officer)
    qtbot.addWidget(window)
    overview = window.pages["overview"]
    overview.overdue_label.linkActivated.emit("overdue")  # the user clicks the count's link
    page = window.pages["petitions"]
    assert window.ui.pages.currentWidget() is page
    assert page.state.currentData() == "overdue"
    assert column_texts(page, 3)[0] == "Nguyễn Bình"
    window.runner.wait_idle()


# -- the short registers: activities, receptions, models -------------------------------------

def test_activities_sort_by_place_in_vietnamese_order_and_by_count(qtbot, qtmodeltester, officer):
    from dataclasses import replace

    from danvan_desktop.gui.pages.activities_page import ActivitiesPage
    from danvan_desktop.services import activities
    from tests.gui.test_work_registers_gui import MEETING
    for day, place, people in ((1, "Thôn Đông", 9), (2, "Thôn Duy", 120), (3, "Thôn Ơn", 30), (4, "Thôn On", 75),
                               (5, "Thôn Ôn", 8)):
        activities.add_activity(officer, replace(MEETING, held_on=date(2026, 11, day), place=place,
                                                 participants=people, women=0, ethnic_minority=0, religious=0),
                                today=TODAY)
    page = ActivitiesPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    assert column_texts(page, 0)[0] == "05/11/2026"  # newest first, as before
    click_header(qtbot, page, 2)
    assert column_texts(page, 2) == ["Thôn Duy", "Thôn Đông", "Thôn On", "Thôn Ôn", "Thôn Ơn"]
    click_header(qtbot, page, 4)
    assert column_texts(page, 4) == ["8", "9", "30", "75", "120"]  # by number, not "120" < "30"
    page.field.setCurrentIndex(page.field.findData("dat_dai"))  # a filter keeps the order
    page.refresh()
    assert column_texts(page, 4) == ["8", "9", "30", "75", "120"]
    click_header(qtbot, page, 0)
    assert column_texts(page, 0)[0] == "01/11/2026"
    qtmodeltester.check(page.model)


def test_receptions_sort_by_date_count_and_name(qtbot, officer):
    from danvan_desktop.domain.receptions import ReceptionInput
    from danvan_desktop.gui.pages.receptions_page import ReceptionsPage
    from danvan_desktop.services import receptions
    for day, receiver, visits in ((3, "Đỗ Văn Đông", 12), (10, "Trần Duy", 3), (17, "Lê Ơn", 7)):
        receptions.add_reception(officer, ReceptionInput(held_on=date(2026, 11, day), kind="dinh_ky",
                                                         receiver=receiver, visits=visits, people=visits), today=TODAY)
    page = ReceptionsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()

    def cells(column):
        return [page.table.item(r, column).text() for r in range(page.table.rowCount())]
    assert cells(0) == ["17/11/2026", "10/11/2026", "03/11/2026"]
    click_header(qtbot, page, 4)
    assert cells(4) == ["3", "7", "12"]
    click_header(qtbot, page, 3)
    assert cells(3) == ["Đỗ Văn Đông", "Lê Ơn", "Trần Duy"]
    click_header(qtbot, page, 3)
    assert cells(3) == ["Trần Duy", "Lê Ơn", "Đỗ Văn Đông"]
    page.refresh()  # a refresh keeps the order the user chose
    assert cells(3) == ["Trần Duy", "Lê Ơn", "Đỗ Văn Đông"]


def test_models_sort_by_name(qtbot, officer):
    from dataclasses import replace

    from danvan_desktop.gui.pages.models_page import ModelsPage
    from danvan_desktop.services import activities
    from tests.gui.test_work_registers_gui import MODEL
    for name in ("Đường làng sáng", "Dân vận khéo giải phóng mặt bằng", "Ơn nghĩa", "Ôn cố tri tân"):
        activities.add_model(officer, replace(MODEL, name=name), today=TODAY)
    page = ModelsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    click_header(qtbot, page, 1)
    assert column_texts(page, 1) == ["Dân vận khéo giải phóng mặt bằng", "Đường làng sáng", "Ôn cố tri tân",
                                     "Ơn nghĩa"]
