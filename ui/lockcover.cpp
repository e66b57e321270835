// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lockcover.h"

#include "ui/formwidgets.h"
#include "ui/passwordfield.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

LockCover::LockCover(QWidget *window, const QString &who, bool withForm)
    : QWidget(window)
{
    setObjectName(u"lockCover"_s);
    setAccessibleName(tr("ReleaseDesk is locked"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"rd--ui--LockCover { background: palette(window); }"_s);

    auto *title = new QLabel(tr("ReleaseDesk is locked"), this);
    title->setObjectName(u"lockTitle"_s);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    auto *whoLabel = new QLabel(who, this);
    whoLabel->setObjectName(u"lockWho"_s);
    whoLabel->setAlignment(Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(whoLabel, 0, Qt::AlignHCenter);
    if (withForm) {
        m_password = new PasswordField(this);
        m_password->setObjectName(u"lockPassword"_s);
        m_password->setAccessibleName(tr("Your password"));
        m_password->setMinimumWidth(260);
        m_unlock = new QPushButton(tr("&Unlock"), this);
        m_unlock->setObjectName(u"lockUnlock"_s);
        m_unlock->setDefault(true);
        m_switch = new QPushButton(tr("Sign in as &someone else…"), this);
        m_switch->setObjectName(u"lockSwitchUser"_s);
        m_switch->setToolTip(tr("Ends this session (anything unsaved in open dialogs is "
                                "discarded) and signs another user in."));
        m_message = new FormMessage(u"lockMessage"_s, this);
        m_busy = new BusyBar(this);
        auto *form = new QFormLayout;
        form->addRow(tr("&Password:"), m_password);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_switch);
        buttons->addStretch(1);
        buttons->addWidget(m_unlock);
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addLayout(form);
        boxLayout->addWidget(m_message);
        boxLayout->addWidget(m_busy);
        boxLayout->addLayout(buttons);
        box->setMaximumWidth(520);
        layout->addWidget(box, 0, Qt::AlignHCenter);
        connect(m_unlock, &QPushButton::clicked, this, &LockCover::unlockRequested);
        connect(m_password, &QLineEdit::returnPressed, this, &LockCover::unlockRequested);
        connect(m_switch, &QPushButton::clicked, this, &LockCover::switchUserRequested);
    } else {
        auto *note = new QLabel(tr("Unlock in the ReleaseDesk window in front."), this);
        note->setObjectName(u"lockNote"_s);
        layout->addWidget(note, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);

    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
    if (m_password)
        m_password->setFocus();
}

bool LockCover::eventFilter(QObject *watched, QEvent *event)
{
    // Keep covering the whole window as it is resized, and stay on top of what it holds.
    if (watched == parentWidget() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void LockCover::setBusy(bool busy)
{
    if (!m_password)
        return;
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_switch->setEnabled(!busy);
}

void LockCover::showMessage(const QString &text)
{
    if (m_message)
        m_message->showMessage(text);
}

QString LockCover::message() const
{
    return m_message ? m_message->message() : QString();
}

} // namespace rd::ui
