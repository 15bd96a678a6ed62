# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_passphrase_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_WizardPassphrasePage(object):
    def setupUi(self, WizardPassphrasePage):
        if not WizardPassphrasePage.objectName():
            WizardPassphrasePage.setObjectName(u"WizardPassphrasePage")
        self.layout = QVBoxLayout(WizardPassphrasePage)
        self.layout.setObjectName(u"layout")
        self.reasonLabel = QLabel(WizardPassphrasePage)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setStyleSheet(u"background: #fff8e1; border: 1px solid #e0c060; padding: 8px;")

        self.layout.addWidget(self.reasonLabel)

        self.adviceLabel = QLabel(WizardPassphrasePage)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.layout.addWidget(self.adviceLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(WizardPassphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(WizardPassphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(WizardPassphrasePage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(WizardPassphrasePage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(WizardPassphrasePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)

        self.retranslateUi(WizardPassphrasePage)

        QMetaObject.connectSlotsByName(WizardPassphrasePage)
    # setupUi

    def retranslateUi(self, WizardPassphrasePage):
        WizardPassphrasePage.setTitle(QCoreApplication.translate("WizardPassphrasePage", u"C\u1ee5m m\u1eadt kh\u1ea9u m\u00e3 h\u00f3a d\u1eef li\u1ec7u", None))
        WizardPassphrasePage.setSubTitle(QCoreApplication.translate("WizardPassphrasePage", u"D\u1eef li\u1ec7u \u0111\u01b0\u1ee3c m\u00e3 h\u00f3a b\u1eb1ng m\u1ed9t kh\u00f3a; tr\u00ean m\u00e1y n\u00e0y kh\u00f3a \u0111\u00f3 \u0111\u01b0\u1ee3c b\u1ea3o v\u1ec7 b\u1eb1ng c\u1ee5m m\u1eadt kh\u1ea9u b\u1ea1n \u0111\u1eb7t.", None))
        self.adviceLabel.setText(QCoreApplication.translate("WizardPassphrasePage", u"C\u1ea7n nh\u1eadp c\u1ee5m m\u1eadt kh\u1ea9u n\u00e0y m\u1ed7i l\u1ea7n m\u1edf ph\u1ea7n m\u1ec1m. H\u00e3y ch\u1ecdn m\u1ed9t c\u00e2u d\u1ec5 nh\u1edb, \u00edt nh\u1ea5t 10 k\u00fd t\u1ef1, v\u00e0 ghi nh\u1edb n\u00f3; n\u1ebfu qu\u00ean, ch\u1ec9 m\u1edf l\u1ea1i \u0111\u01b0\u1ee3c d\u1eef li\u1ec7u b\u1eb1ng kh\u00f3a kh\u00f4i ph\u1ee5c.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("WizardPassphrasePage", u"&C\u1ee5m m\u1eadt kh\u1ea9u:", None))
        self.confirmLabel.setText(QCoreApplication.translate("WizardPassphrasePage", u"Nh\u1eadp &l\u1ea1i:", None))
    # retranslateUi

