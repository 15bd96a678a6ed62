# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RecoveryKeyPage(object):
    def setupUi(self, RecoveryKeyPage):
        if not RecoveryKeyPage.objectName():
            RecoveryKeyPage.setObjectName(u"RecoveryKeyPage")
        RecoveryKeyPage.resize(620, 360)
        self.layout = QVBoxLayout(RecoveryKeyPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RecoveryKeyPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.keyLabel = QLabel(RecoveryKeyPage)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.keyLabel.setAlignment(Qt.AlignCenter)
        self.keyLabel.setWordWrap(True)

        self.layout.addWidget(self.keyLabel)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.printButton = QPushButton(RecoveryKeyPage)
        self.printButton.setObjectName(u"printButton")

        self.actions.addWidget(self.printButton)

        self.copyButton = QPushButton(RecoveryKeyPage)
        self.copyButton.setObjectName(u"copyButton")

        self.actions.addWidget(self.copyButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.spacer)


        self.layout.addLayout(self.actions)

        self.confirmCheck = QCheckBox(RecoveryKeyPage)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.layout.addWidget(self.confirmCheck)


        self.retranslateUi(RecoveryKeyPage)

        QMetaObject.connectSlotsByName(RecoveryKeyPage)
    # setupUi

    def retranslateUi(self, RecoveryKeyPage):
        RecoveryKeyPage.setWindowTitle(QCoreApplication.translate("RecoveryKeyPage", u"Kh\u00f3a kh\u00f4i ph\u1ee5c", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryKeyPage", u"\u0110\u00e2y l\u00e0 kh\u00f3a kh\u00f4i ph\u1ee5c d\u1eef li\u1ec7u c\u1ee7a \u0111\u01a1n v\u1ecb. Kh\u00f3a ch\u1ec9 hi\u1ec7n M\u1ed8T L\u1ea6N. H\u00e3y in ho\u1eb7c ch\u00e9p ra gi\u1ea5y v\u00e0 c\u1ea5t \u1edf n\u01a1i an to\u00e0n: c\u1ea7n kh\u00f3a n\u00e0y \u0111\u1ec3 m\u1edf d\u1eef li\u1ec7u tr\u00ean m\u00e1y kh\u00e1c ho\u1eb7c t\u1eeb b\u1ea3n sao l\u01b0u khi m\u00e1y n\u00e0y h\u1ecfng.", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyPage", u"&In kh\u00f3a\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyPage", u"&Sao ch\u00e9p", None))
        self.confirmCheck.setText(QCoreApplication.translate("RecoveryKeyPage", u"T\u00f4i \u0111\u00e3 &in ho\u1eb7c ch\u00e9p l\u1ea1i kh\u00f3a kh\u00f4i ph\u1ee5c", None))
    # retranslateUi

