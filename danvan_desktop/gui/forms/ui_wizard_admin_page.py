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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

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
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)

        self.retranslateUi(WizardAdminPage)

        QMetaObject.connectSlotsByName(WizardAdminPage)
    # setupUi

    def retranslateUi(self, WizardAdminPage):
        WizardAdminPage.setTitle(QCoreApplication.translate("WizardAdminPage", u"T\u00e0i kho\u1ea3n qu\u1ea3n tr\u1ecb", None))
        WizardAdminPage.setSubTitle(QCoreApplication.translate("WizardAdminPage", u"Ng\u01b0\u1eddi qu\u1ea3n tr\u1ecb th\u00eam t\u00e0i kho\u1ea3n cho c\u00e1n b\u1ed9, l\u00e3nh \u0111\u1ea1o v\u00e0 qu\u1ea3n l\u00fd sao l\u01b0u.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&H\u1ecd v\u00e0 t\u00ean:", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("WizardAdminPage", u"V\u00ed d\u1ee5: Nguy\u1ec5n V\u0103n An", None))
        self.usernameLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.passwordLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&M\u1eadt kh\u1ea9u:", None))
        self.confirmLabel.setText(QCoreApplication.translate("WizardAdminPage", u"&Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
    # retranslateUi

