// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/importer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace rd {
class Session;
}

namespace rd::ui {

// Import from the window: choose files, then the core reads, checks and writes them in the
// background behind a progress dialog that can cancel (a cancelled import writes nothing), and
// the window says what was stored. Conflicting content can be stored as new versions, with a
// reason, exactly as `releasedesk import --supersede --reason` would; a decided batch changes
// only under a change-control reference, as `--change-control` gives it.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(Session &session, QWidget *parent);

    // The Import… action: asks for files, then imports them.
    void chooseAndImport();
    void importFiles(const QStringList &paths, const ImportOptions &options = {});
    bool isRunning() const { return m_running; }
    // What the last import ended with, as shown to the user.
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    // After every import that ended, whether it changed the store or not.
    void finished(bool changed);

private:
    void done(const QStringList &paths, const ImportOptions &options, Result<ImportSummary> result);
    void offerSupersede(const QStringList &paths, const ImportOptions &previous,
                        const QString &message);
    void offerChangeControl(const QStringList &paths, const ImportOptions &previous,
                            const QString &message);

    Session &m_session;
    QWidget *m_parent;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    QString m_lastMessage;
};

} // namespace rd::ui
