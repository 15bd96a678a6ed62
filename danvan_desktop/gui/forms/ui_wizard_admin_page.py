# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_admin_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_WizardAdminPage(object):
    def setupUi(self, WizardAdminPage):
        if not WizardAdminPage.objectName():
            WizardAdminPage.setObjectName(u"WizardAdminPage")
        self.layout = QVBoxLayout(WizardAdminPage)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fullNameLabel = QLabel(WizardAdminPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(WizardAdminPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(WizardAdminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(WizardAdminPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setText(u"admin")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(WizardAdminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(WizardAdminPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(WizardAdminPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(WizardAdminPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.form)

        self.passphraseBox = QGroupBox(WizardAdminPage)
        self.passphraseBox.setObjectName(u"passphraseBox")
        self.passphraseForm = QFormLayout(self.passphraseBox)
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseReason = QLabel(self.passphraseBox)
        self.passphraseReason.setObjectName(u"passphraseReason")
        self.passphraseReason.setWordWrap(True)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.passphraseReason)

        self.passphraseLabel = QLabel(self.passphraseBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphraseBox)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.passphraseConfirmLabel = QLabel(self.passphraseBox)
        self.passphraseConfirmLabel.setObjectName(u"passphraseConfirmLabel")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseConfirmLabel)

        self.passphraseConfirmEdit = QLineEdit(self.passphraseBox)
        self.passphraseConfirmEdit.setObjectName(u"passphraseConfirmEdit")
        self.passphraseConfirmEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseConfirmEdit)


        self.layout.addWidget(self.passphraseBox)

        self.errorLabel = QLabel(WizardAdminPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.passphraseConfirmLabel.setBuddy(self.passphraseConfirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WizardAdminPage)

        QMetaObject.connectSlotsByName(WizardAdminPage)
    # setupUi

    def retranslateUi(self, WizardAdminPage):
        WizardAdminPage.setTitle(QCoreApplication.translate("WizardAdminPage", u"T\u00e0i kho\u1ea3n qu\u1ea3n tr\u1ecb", None))
        WizardAdminPage.setSubTitle(QCoreApplication.translate("WizardAdminPage", u"Ng\u01b0\u1eddi qu\u1ea3n tr\u1ecb th\u00eam t\u00e0i kho\u1ea3n cho c\u00e1n b\u1ed9, l\u00e3nh \u0111\u1ea1o v\u00e0 qu\u1ea3n l\u00fd sao l\u01b0u.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&H\u1ecd v\u00e0 t\u00ean:", None))
        self.usernameLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.passwordLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&M\u1eadt kh\u1ea9u:", None))
        self.confirmLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
        self.passphraseBox.setTitle(QCoreApplication.translate("WizardAdminPage", u"C\u1ee5m m\u1eadt kh\u1ea9u m\u00e3 h\u00f3a d\u1eef li\u1ec7u", None))
        self.passphraseLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&C\u1ee5m m\u1eadt kh\u1ea9u:", None))
        self.passphraseConfirmLabel.setText(QCoreApplication.translate("WizardAdminPage", u"Nh\u1eadp &l\u1ea1i:", None))
    # retranslateUi

