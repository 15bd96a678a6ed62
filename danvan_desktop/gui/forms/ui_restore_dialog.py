# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(660, 520)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.problemLabel = QLabel(RestoreDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"font-weight: bold; color: #b00020;")

        self.layout.addWidget(self.problemLabel)

        self.adviceLabel = QLabel(RestoreDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.layout.addWidget(self.adviceLabel)

        self.listLabel = QLabel(RestoreDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.layout.addWidget(self.listLabel)

        self.backupList = QListWidget(RestoreDialog)
        self.backupList.setObjectName(u"backupList")

        self.layout.addWidget(self.backupList)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.otherFileButton = QPushButton(RestoreDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")
        self.otherFileButton.setAutoDefault(False)

        self.otherRow.addWidget(self.otherFileButton)

        self.otherSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherRow.addItem(self.otherSpacer)


        self.layout.addLayout(self.otherRow)

        self.secretsForm = QFormLayout()
        self.secretsForm.setObjectName(u"secretsForm")
        self.backupKeyLabel = QLabel(RestoreDialog)
        self.backupKeyLabel.setObjectName(u"backupKeyLabel")

        self.secretsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupKeyLabel)

        self.backupKeyEdit = QLineEdit(RestoreDialog)
        self.backupKeyEdit.setObjectName(u"backupKeyEdit")

        self.secretsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.backupKeyEdit)

        self.adminLabel = QLabel(RestoreDialog)
        self.adminLabel.setObjectName(u"adminLabel")

        self.secretsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminLabel)

        self.adminEdit = QLineEdit(RestoreDialog)
        self.adminEdit.setObjectName(u"adminEdit")

        self.secretsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminEdit)

        self.passwordLabel = QLabel(RestoreDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.secretsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RestoreDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.secretsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.secretsForm)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(RestoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.backupList)
        self.backupKeyLabel.setBuddy(self.backupKeyEdit)
        self.adminLabel.setBuddy(self.adminEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupList, self.otherFileButton)
        QWidget.setTabOrder(self.otherFileButton, self.backupKeyEdit)
        QWidget.setTabOrder(self.backupKeyEdit, self.adminEdit)
        QWidget.setTabOrder(self.adminEdit, self.passwordEdit)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"D\u1eef li\u1ec7u b\u1ecb h\u1ecfng \u2014 kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u", None))
        self.adviceLabel.setText(QCoreApplication.translate("RestoreDialog", u"C\u00f3 th\u1ec3 kh\u00f4i ph\u1ee5c d\u1eef li\u1ec7u t\u1eeb m\u1ed9t b\u1ea3n sao l\u01b0u. T\u1ec7p \u0111ang b\u1ecb h\u1ecfng kh\u00f4ng b\u1ecb x\u00f3a: n\u00f3 \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i trong th\u01b0 m\u1ee5c sao l\u01b0u. Nh\u1eefng g\u00ec nh\u1eadp sau th\u1eddi \u0111i\u1ec3m sao l\u01b0u s\u1ebd ph\u1ea3i nh\u1eadp l\u1ea1i.", None))
        self.listLabel.setText(QCoreApplication.translate("RestoreDialog", u"&B\u1ea3n sao l\u01b0u (m\u1edbi nh\u1ea5t \u1edf tr\u00ean):", None))
        self.otherFileButton.setText(QCoreApplication.translate("RestoreDialog", u"Ch\u1ecdn t\u1ec7p sao l\u01b0u &kh\u00e1c\u2026", None))
        self.backupKeyLabel.setText(QCoreApplication.translate("RestoreDialog", u"Kh\u00f3a kh\u00f4i ph\u1ee5c &c\u1ee7a b\u1ea3n sao l\u01b0u:", None))
        self.backupKeyEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"ch\u1ec9 c\u1ea7n khi b\u1ea3n sao l\u01b0u \u0111\u01b0\u1ee3c t\u1ea1o v\u1edbi kh\u00f3a kh\u00e1c", None))
        self.adminLabel.setText(QCoreApplication.translate("RestoreDialog", u"&Qu\u1ea3n tr\u1ecb vi\u00ean:", None))
        self.adminEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"t\u00ean \u0111\u0103ng nh\u1eadp c\u1ee7a m\u1ed9t qu\u1ea3n tr\u1ecb vi\u00ean", None))
        self.passwordLabel.setText(QCoreApplication.translate("RestoreDialog", u"&M\u1eadt kh\u1ea9u qu\u1ea3n tr\u1ecb vi\u00ean:", None))
    # retranslateUi

