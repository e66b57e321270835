// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storepage.h"

#include "core/clock.h"
#include "session/session.h"
#include "ui/background.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

StorePage::StorePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"storePage"_s);
    setAccessibleName(tr("Store"));
    auto *title = new QLabel(tr("<h2>Store</h2>"), this);
    title->setObjectName(u"storeTitle"_s);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"storeFacts"_s);
    m_facts->setAccessibleName(tr("Facts about the store"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_verify = new QPushButton(tr("&Verify the store"), this);
    m_verify->setObjectName(u"verifyButton"_s);
    m_verify->setToolTip(tr("Check the root, the schema, every key certificate, the audit chain "
                            "with its signed checkpoints, every record, every electronic "
                            "signature and the file's structure (as releasedesk verify does)."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelVerifyButton"_s);
    m_cancel->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(u"verifyResult"_s);
    m_result->setAccessibleName(tr("Verification result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout();
    row->addWidget(m_verify);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch();

    // The inactivity lock of every workstation using this store: an administrator's setting.
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(u"lockMinutes"_s);
    m_lockMinutes->setAccessibleName(tr("Inactivity lock in minutes"));
    m_lockMinutes->setRange(1, Session::kMaxInactivityMinutes);
    m_lockMinutes->setSuffix(tr(" min"));
    auto *applyLock = new QPushButton(tr("&Apply"), this);
    applyLock->setObjectName(u"applyLockMinutes"_s);
    m_lockNote = new QLabel(this);
    m_lockNote->setObjectName(u"lockMinutesNote"_s);
    m_lockNote->setAccessibleName(tr("Inactivity lock setting"));
    m_lockNote->setWordWrap(true);
    const bool admin = m_session.user().role == Role::Administrator;
    m_lockMinutes->setEnabled(admin);
    applyLock->setEnabled(admin);
    auto *lockRow = new QHBoxLayout();
    auto *lockLabel = new QLabel(tr("&Lock the window after"), this);
    lockLabel->setBuddy(m_lockMinutes);
    lockRow->addWidget(lockLabel);
    lockRow->addWidget(m_lockMinutes);
    auto *lockSuffix = new QLabel(tr("without input"), this);
    lockSuffix->setObjectName(u"lockMinutesSuffix"_s);
    lockRow->addWidget(lockSuffix);
    lockRow->addWidget(applyLock);
    lockRow->addWidget(m_lockNote, 1);
    connect(applyLock, &QPushButton::clicked, this, [this]() {
        const Status s = m_session.setInactivityMinutes(m_lockMinutes->value());
        m_lockNote->setText(s ? tr("Saved; it applies from now on.") : s.error().message());
        if (s)
            emit inactivityMinutesChanged(m_lockMinutes->value());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_facts);
    layout->addSpacing(12);
    layout->addLayout(lockRow);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_verify, &QPushButton::clicked, this, &StorePage::verify);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    refresh();
}

void StorePage::refresh()
{
    if (const Result<int> minutes = m_session.inactivityMinutes(); minutes) {
        m_lockMinutes->setValue(minutes.value());
        if (m_session.user().role != Role::Administrator)
            m_lockNote->setText(tr("Set by an administrator."));
    } else {
        m_lockNote->setText(minutes.error().message());
    }
    const Result<StoreFacts> facts = m_session.facts();
    if (!facts) {
        m_facts->setText(facts.error().message().toHtmlEscaped());
        return;
    }
    const StoreFacts &f = facts.value();
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Folder"), QDir::toNativeSeparators(f.path));
    html += row(tr("Store id"), f.storeId);
    // Compared with the fingerprint printed with the recovery code and on every document.
    html += row(tr("Root fingerprint"), f.rootFingerprint);
    html += row(tr("Key generation"),
                f.rekeyDue.isEmpty()
                    ? QString::number(f.keyGeneration)
                    : tr("%1; a re-key is due (%2): it is done when this session ends with "
                         "nothing else open")
                          .arg(f.keyGeneration)
                          .arg(f.rekeyDue));
    html += row(tr("Created"), toLocalDisplay(f.created));
    html += row(tr("Schema version"), QString::number(f.schemaVersion));
    html += row(tr("Encryption"), tr("SQLCipher %1, format %2 (page size %3, %4); created with %5")
                                      .arg(f.cipherLibrary)
                                      .arg(f.cipher.compatibility)
                                      .arg(f.cipher.pageSize)
                                      .arg(f.cipher.hmac, f.cipher.createdWith));
    html += row(tr("Accounts"), tr("%1 (%2 active)").arg(f.accounts).arg(f.activeAccounts));
    html += row(tr("Audit events"), QString::number(f.auditEvents));
    html += row(tr("Last checkpoint"),
                f.lastCheckpoint
                    ? tr("event %1, signed by %2 at %3")
                          .arg(f.lastCheckpoint->seq)
                          .arg(f.lastCheckpoint->userName, toLocalDisplay(f.lastCheckpoint->at))
                    : tr("none yet"));
    html += u"</table>"_s;
    m_facts->setText(html);
}

void StorePage::setVerifying(bool on)
{
    m_verifying = on;
    m_verify->setEnabled(!on);
    m_cancel->setVisible(on);
    m_progress->setVisible(on);
}

QString StorePage::verificationText() const
{
    return m_result->text();
}

void StorePage::verify()
{
    if (m_verifying)
        return;
    setVerifying(true);
    m_progress->setRange(0, 0);
    m_result->clear();
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancelFlag;
    Session *session = &m_session;
    QPointer<QProgressBar> progress = m_progress;
    Background::run<Result<StoreVerification>>(
        this,
        [session, cancel, progress]() {
            const ThreadConnection connection(session->store());
            return session->verify([cancel, progress](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(progress, [progress, done, total]() {
                    if (!progress)
                        return;
                    progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
                    progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
                });
                return !cancel->load();
            });
        },
        [this](Result<StoreVerification> result) {
            setVerifying(false);
            if (!result) {
                m_result->setText(result.error().message());
                return;
            }
            const AuditVerification &a = result->audit;
            QString text = a.ok
                               ? tr("✔ Verified: %1 events, %2 signed checkpoints, %3 electronic "
                                    "signatures, %4 records and %5 key certificates match; store "
                                    "root %6.")
                                     .arg(a.events)
                                     .arg(a.checkpoints)
                                     .arg(result->signatures)
                                     .arg(result->records)
                                     .arg(result->certificates)
                                     .arg(result->rootFingerprint)
                               : (a.failedSeq > 0 ? tr("✘ Verification failed at event %1: %2")
                                                        .arg(a.failedSeq)
                                                        .arg(a.problem)
                                                  : tr("✘ Verification failed: %1").arg(a.problem));
            for (const QString &w : result->warnings)
                text += u'\n' + tr("Warning: %1").arg(w);
            m_result->setText(text);
            refresh();
        });
}

} // namespace rd::ui
