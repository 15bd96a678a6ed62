"""The one lazy table model: a register read in keyset pages, newest first.

The model holds the keys ``(date, id)`` read so far and a bounded cache of row pages; the
first read takes ``FIRST_KEYS`` keys at once (the petition register: 1,001, so the list and
its count, "Hơn 1.000 đơn", come from one walk of the index). More keys arrive as the view scrolls
(canFetchMore/fetchMore); rows are read a page at a time for the part on screen.

After a save the page says what changed: ``rows_changed(ids)`` marks those rows stale and
emits ``dataChanged`` (they are read again when next painted), ``rows_added()`` inserts the
new keys at the top; the view keeps its scroll position and selection. ``set_query`` (a new
filter) is the only reset.

Subclasses give ``fetch_keys`` and ``fetch_rows`` (the petition register), or ``fetch_page``
returning whole rows (short registers, whose rows are all kept), and ``cell``.

Sorting by a header click: the petition register sorts in SQL (its page puts the order into the
query, keys then carry the sort value before the id); the short registers sort here
(``sort``): the filtered rows are read whole and ordered by the cell in Vietnamese order
(``collation.sort_key``), numbers by value, the date column by date.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...collation import sort_key

PAGE = 200  # keys read per step as the view scrolls
ROWS_PER_READ = 50  # rows read at a time: about two screens, so a search paints after one small read
MAX_CACHED_PAGES = 120  # of ROWS_PER_READ rows


class KeysetTableModel(QAbstractTableModel):
    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()
    DATE_KEY = ""  # the column ordering the pages, with id as tie-break
    NUMBER_COLUMNS: frozenset[int] = frozenset()
    MAX_CACHED_PAGES: int | None = MAX_CACHED_PAGES
    FIRST_KEYS: int | None = None  # None: one page

    def __init__(self, session, query, parent=None):
        super().__init__(parent)
        self.session, self.query = session, query
        self._keys: list[tuple] = []  # (sort value..., id): the id last
        self._exhausted = False
        self._pages: OrderedDict[int, list[dict | None]] = OrderedDict()
        self._seed: dict[int, dict] = {}  # whole rows of fetch_page registers
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: the register's own order, newest first
        self._read_first_keys()

    # -- what a register gives ----------------------------------------------------------
    def fetch_keys(self, after: tuple[str, int] | None, limit: int) -> list[tuple[str, int]]:
        rows = self.fetch_page(after, limit)
        self._seed.update((row["id"], row) for row in rows)
        return [(row[self.DATE_KEY], row["id"]) for row in rows]

    def fetch_rows(self, ids: list[int]) -> list[dict]:
        return [self._seed[i] for i in ids if i in self._seed]

    def fetch_page(self, after: tuple[str, int] | None, limit: int) -> list[dict]:
        raise NotImplementedError

    def cell(self, row: dict, column: int, role) -> object:
        raise NotImplementedError

    # -- queries and changes ------------------------------------------------------------
    def set_query(self, query) -> None:
        self.beginResetModel()
        self.query = query
        self._keys, self._exhausted = [], False
        self._pages.clear()
        self._seed.clear()
        self._read_first_keys()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def known_count(self) -> tuple[int, bool]:
        """How many rows match, from the keys read at the first walk: ``(n, more)``, where
        ``more`` says the list goes on past ``FIRST_KEYS - 1``."""
        first, n = self.FIRST_KEYS or PAGE, len(self._keys)
        return min(n, first - 1), not self._exhausted or n >= first

    def rows_changed(self, ids) -> None:
        """Rows saved elsewhere: read them again when next shown; the view keeps its place."""
        wanted = set(ids)
        for index, key in enumerate(self._keys):
            record_id = key[-1]
            if record_id in wanted:
                self._seed.pop(record_id, None)
                self._pages.pop(index // ROWS_PER_READ, None)
                self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.COLUMNS) - 1))

    def rows_added(self) -> None:
        """New rows: when they are the newest, their keys go in at the top and the view keeps
        its place; a new row dated among older ones makes the list start again."""
        if self._sort is not None:  # where a new row goes in a sorted list: read it again
            self.refresh()
            return
        first = self._keys[0] if self._keys else None
        fresh = []
        for key in self.fetch_keys(None, PAGE) if first is not None else ():
            if key == first:
                break
            fresh.append(key)
        else:
            self.refresh()
            return
        if not fresh:
            self.refresh()
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._keys[0:0] = fresh
        self._pages.clear()  # page boundaries moved
        self.endInsertRows()

    # -- reading ------------------------------------------------------------------------
    def _read_first_keys(self) -> None:
        first = self.FIRST_KEYS or PAGE
        keys = self.fetch_keys(None, first)
        self._exhausted = len(keys) < first
        self._keys.extend(keys)
        if self._sort is not None:
            self._sort_all()

    # -- sorting (short registers) ------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click on a short register (whole rows, ``fetch_page``): column 0, the date,
        descending is the register's own order, read lazily; any other order reads the filtered
        rows whole and sorts them. The list starts again at its first row."""
        if type(self).fetch_keys is not KeysetTableModel.fetch_keys or not 0 <= column < len(self.COLUMNS):
            return  # the petition register sorts in SQL, through its query
        wanted = None if (column, order) == (0, Qt.SortOrder.DescendingOrder) else (column, order)
        if wanted == self._sort:
            return
        self._sort = wanted
        self.refresh()

    def sort_value(self, row: dict, column: int):
        if column == 0:
            return str(row[self.DATE_KEY])  # ISO dates and years sort as they read
        text = self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if column in self.NUMBER_COLUMNS:
            return int(text) if str(text).isdigit() else -1
        return sort_key(str(text or ""))

    def _sort_all(self) -> None:
        while not self._exhausted:
            self._keys.extend(self._next_keys())
        column, order = self._sort
        self._keys.sort(key=lambda key: (self.sort_value(self._seed[key[-1]], column), key[-1]),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def _next_keys(self) -> list[tuple[str, int]]:
        keys = self.fetch_keys(self._keys[-1] if self._keys else None, PAGE)
        self._exhausted = len(keys) < PAGE
        return keys

    def _row(self, row: int) -> dict | None:
        page = row // ROWS_PER_READ
        rows = self._pages.get(page)
        if rows is None:
            ids = [key[-1] for key in self._keys[page * ROWS_PER_READ:(page + 1) * ROWS_PER_READ]]
            by_id = {r["id"]: r for r in self.fetch_rows(ids)}
            rows = [by_id.get(i) for i in ids]
            self._pages[page] = rows
            if self.MAX_CACHED_PAGES is not None and len(self._pages) > self.MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * ROWS_PER_READ
        return rows[offset] if offset < len(rows) else None

    def record_id(self, row: int) -> int:
        return self._keys[row][-1]

    def row_of_id(self, record_id: int) -> int | None:
        for index, key in enumerate(self._keys):
            if key[-1] == record_id:
                return index
        return None

    def row_of_day(self, day: date) -> int | None:
        """The first row of ``day``, fetching further pages until the list passes that day."""
        wanted = day.isoformat()
        while True:
            for index, (key, _) in enumerate(self._keys):
                if key == wanted:
                    return index
            if self._exhausted or (self._keys and self._keys[-1][0] < wanted):
                return None
            self.fetchMore()

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        keys = self._next_keys()
        if not keys:
            return
        self.beginInsertRows(QModelIndex(), len(self._keys), len(self._keys) + len(keys) - 1)
        self._pages.pop(len(self._keys) // ROWS_PER_READ, None)  # the last rows read were short: they grow
        self._keys.extend(keys)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._keys[index.row()][-1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        return self.cell(row, index.column(), role)

    def background(self, row: dict):
        return None
