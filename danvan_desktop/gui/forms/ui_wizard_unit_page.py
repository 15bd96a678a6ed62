# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_unit_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_WizardUnitPage(object):
    def setupUi(self, WizardUnitPage):
        if not WizardUnitPage.objectName():
            WizardUnitPage.setObjectName(u"WizardUnitPage")
        self.layout = QHBoxLayout(WizardUnitPage)
        self.layout.setObjectName(u"layout")
        self.provinceColumn = QVBoxLayout()
        self.provinceColumn.setObjectName(u"provinceColumn")
        self.provinceLabel = QLabel(WizardUnitPage)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.provinceColumn.addWidget(self.provinceLabel)

        self.provinceSearch = QLineEdit(WizardUnitPage)
        self.provinceSearch.setObjectName(u"provinceSearch")
        self.provinceSearch.setClearButtonEnabled(True)

        self.provinceColumn.addWidget(self.provinceSearch)

        self.provinceList = QListWidget(WizardUnitPage)
        self.provinceList.setObjectName(u"provinceList")

        self.provinceColumn.addWidget(self.provinceList)


        self.layout.addLayout(self.provinceColumn)

        self.communeColumn = QVBoxLayout()
        self.communeColumn.setObjectName(u"communeColumn")
        self.communeLabel = QLabel(WizardUnitPage)
        self.communeLabel.setObjectName(u"communeLabel")

        self.communeColumn.addWidget(self.communeLabel)

        self.communeSearch = QLineEdit(WizardUnitPage)
        self.communeSearch.setObjectName(u"communeSearch")
        self.communeSearch.setClearButtonEnabled(True)

        self.communeColumn.addWidget(self.communeSearch)

        self.communeList = QListWidget(WizardUnitPage)
        self.communeList.setObjectName(u"communeList")

        self.communeColumn.addWidget(self.communeList)


        self.layout.addLayout(self.communeColumn)

#if QT_CONFIG(shortcut)
        self.provinceLabel.setBuddy(self.provinceSearch)
        self.communeLabel.setBuddy(self.communeSearch)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WizardUnitPage)

        QMetaObject.connectSlotsByName(WizardUnitPage)
    # setupUi

    def retranslateUi(self, WizardUnitPage):
        WizardUnitPage.setTitle(QCoreApplication.translate("WizardUnitPage", u"Ch\u1ecdn \u0111\u01a1n v\u1ecb", None))
        WizardUnitPage.setSubTitle(QCoreApplication.translate("WizardUnitPage", u"Ch\u1ecdn t\u1ec9nh, th\u00e0nh ph\u1ed1 r\u1ed3i ch\u1ecdn x\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu c\u1ee7a \u0111\u01a1n v\u1ecb. C\u00f3 th\u1ec3 g\u00f5 t\u00ean kh\u00f4ng d\u1ea5u \u0111\u1ec3 t\u00ecm.", None))
        self.provinceLabel.setText(QCoreApplication.translate("WizardUnitPage", u"&T\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.provinceSearch.setPlaceholderText(QCoreApplication.translate("WizardUnitPage", u"T\u00ecm t\u1ec9nh\u2026", None))
#if QT_CONFIG(accessibility)
        self.provinceList.setAccessibleName(QCoreApplication.translate("WizardUnitPage", u"Danh s\u00e1ch t\u1ec9nh, th\u00e0nh ph\u1ed1", None))
#endif // QT_CONFIG(accessibility)
        self.communeLabel.setText(QCoreApplication.translate("WizardUnitPage", u"&X\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu:", None))
        self.communeSearch.setPlaceholderText(QCoreApplication.translate("WizardUnitPage", u"T\u00ecm x\u00e3, ph\u01b0\u1eddng\u2026", None))
#if QT_CONFIG(accessibility)
        self.communeList.setAccessibleName(QCoreApplication.translate("WizardUnitPage", u"Danh s\u00e1ch x\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

