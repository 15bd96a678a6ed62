"""One running app per database: a second start brings the first window forward.

The first start on a database takes a ``QLockFile`` named after the database's path (the
lock is dropped by the OS with the process, and Qt treats the file of a dead process as
stale) and listens on a ``QLocalServer`` of the same name. A second start on that
database finds the lock held, connects to the server, asks it to show its window and
exits, so there is never a second writer behind the office's back."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

BRING_FORWARD = b"bring-forward\n"


def instance_name(db_path: Path) -> str:
    where = str(Path(db_path).expanduser().resolve())
    return "danvan-desktop-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    brought_forward = Signal()

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.name = instance_name(db_path)
        self.lock = QLockFile(QDir(QDir.tempPath()).filePath(self.name + ".lock"))
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None  # the main window, once there is one

    def claim(self) -> bool:
        """True when this process is the first on the database (it then answers later starts)."""
        if not self.lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.name)  # left by a crashed first instance
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.listen(self.name)
        self.server.newConnection.connect(self._answer)
        return True

    def ask_first_to_come_forward(self, timeout_ms: int = 2000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(BRING_FORWARD)
        done = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return done

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _answer(self) -> None:
        while self.server is not None and (connection := self.server.nextPendingConnection()) is not None:
            # The second start writes at once and exits: a short wait, not an event handler
            # that could outlive the connection.
            if connection.bytesAvailable() or connection.waitForReadyRead(1000):
                asked = bytes(connection.readAll().data()).startswith(BRING_FORWARD.strip())
            else:
                asked = False
            connection.abort()
            connection.deleteLater()
            if asked:
                self.bring_forward()

    def bring_forward(self) -> None:
        """The window in front: a dialog being answered (unlock, login) comes before the main window."""
        target = QApplication.activeModalWidget() or self.window
        if target is None:
            visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            target = visible[0] if visible else None
        if target is not None:
            target.setWindowState(target.windowState() & ~Qt.WindowState.WindowMinimized)
            target.show()
            target.raise_()
            target.activateWindow()
        self.brought_forward.emit()
