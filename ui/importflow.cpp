// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importflow.h"

#include "records/batchlocks.h"
#include "session/session.h"
#include "ui/background.h"
#include "ui/dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
const auto kLastFolder = u"import/lastFolder"_s;
}

ImportFlow::ImportFlow(Session &session, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
{}

void ImportFlow::chooseAndImport()
{
    if (m_running)
        return;
    if (const Status may = Importer::mayImport(m_session); !may) {
        m_lastMessage = may.error().message();
        Dialogs::warning(m_parent, tr("Import"), m_lastMessage);
        return;
    }
    QSettings settings;
    const QString start = settings.value(kLastFolder, QDir::homePath()).toString();
    const QStringList paths = Dialogs::openFiles(
        m_parent, tr("Import records or results"), start,
        tr("Records and results (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kLastFolder, QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

void ImportFlow::importFiles(const QStringList &paths, const ImportOptions &options)
{
    if (m_running || paths.isEmpty())
        return;
    m_running = true;
    m_lastMessage.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    auto *progress =
        new QProgressDialog(tr("Importing %n file(s)…", nullptr, static_cast<int>(paths.size())),
                            tr("Cancel"), 0, 100, m_parent);
    progress->setObjectName(u"importProgress"_s);
    progress->setWindowTitle(tr("Import"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    progress->setValue(0);
    m_progress = progress;
    const auto cancel = m_cancel;
    const auto askCancel = [cancel, progress]() {
        cancel->store(true);
        progress->setLabelText(tr("Cancelling; nothing will be written…"));
    };
    connect(progress, &QProgressDialog::canceled, progress, askCancel);
    connect(progress, &QDialog::rejected, progress, askCancel);

    Session *session = &m_session;
    QPointer<QProgressDialog> target = progress;
    Background::run<Result<ImportSummary>>(
        this,
        [session, paths, options, cancel, target]() -> Result<ImportSummary> {
            Result<QList<ImportInput>> inputs = Importer::readFiles(paths);
            if (!inputs)
                return inputs.error();
            if (cancel->load())
                return Error(ErrorCode::Cancelled, tr("Import cancelled; nothing was written."));
            const ThreadConnection connection(session->store());
            return Importer(*session).run(inputs.value(), options, [cancel, target](int percent) {
                QMetaObject::invokeMethod(target, [target, percent]() {
                    if (target && target->isVisible())
                        target->setValue(percent);
                });
                return !cancel->load();
            });
        },
        [this, paths, options](Result<ImportSummary> result) {
            done(paths, options, std::move(result));
        });
}

void ImportFlow::done(const QStringList &paths, const ImportOptions &options,
                      Result<ImportSummary> result)
{
    // Hidden now and deleted once back in the event loop: this may run inside the dialog's own
    // setValue() (a modal progress dialog processes events there), so deleting it here would
    // pull it away under that call. A progress update still queued finds it hidden.
    if (QProgressDialog *dialog = m_progress.data()) {
        dialog->hide();
        dialog->deleteLater();
    }
    m_progress.clear();
    m_running = false;
    if (result) {
        const bool changed = !result->nothingChanged();
        QStringList lines = result->lines(ImportSummary::NotImportedAs::Counted);
        if (changed)
            lines << tr("%n row(s) written in %1 s.", nullptr,
                        static_cast<int>(std::min<qint64>(result->rowsWritten, INT_MAX)))
                         .arg(result->elapsedMs / 1000.0, 0, 'f', 2);
        // The summary's lines say themselves when nothing changed.
        m_lastMessage =
            changed ? tr("Import finished.") + u'\n' + lines.join(u'\n') : lines.join(u'\n');
        const QString details = result->notImportedLines().join(u'\n');
        Dialogs::information(m_parent, tr("Import"), m_lastMessage, details);
        if (!details.isEmpty())
            m_lastMessage += u'\n' + details;
        Q_EMIT finished(changed);
        return;
    }
    const Error &error = result.error();
    m_lastMessage = error.message();
    if (error.code() == ErrorCode::Cancelled) {
        Dialogs::information(m_parent, tr("Import"), m_lastMessage);
    } else if (error.code() == ErrorCode::AlreadyExists && !options.supersede) {
        offerSupersede(paths, options, m_lastMessage);
        return;
    } else if (error.code() == ErrorCode::ChangeControlNeeded &&
               options.changeControl.trimmed().isEmpty()) {
        offerChangeControl(paths, options, m_lastMessage);
        return;
    } else {
        Dialogs::warning(m_parent, tr("Import"), m_lastMessage);
    }
    Q_EMIT finished(false);
}

// The core's message, its first lines only: a dialog cannot show thousands.
static QString shortened(const QString &message)
{
    QStringList lines = message.split(u'\n');
    constexpr int kShown = 10;
    QString text = lines.takeFirst();
    for (qsizetype i = 0; i < std::min<qsizetype>(kShown, lines.size()); ++i)
        text += u'\n' + lines.at(i);
    if (lines.size() > kShown)
        text += u'\n' +
                ImportFlow::tr("… and %n more.", nullptr, static_cast<int>(lines.size() - kShown));
    return text;
}

void ImportFlow::offerChangeControl(const QStringList &paths, const ImportOptions &previous,
                                    const QString &message)
{
    // The core's message names the decided batches and what would change in them.
    const QString text =
        shortened(message) + u"\n\n"_s +
        tr("Import under change control? Each batch named goes on hold, and its review and "
           "decision must be signed again.");
    const auto answer = Dialogs::question(m_parent, tr("Import: decided batches"), text,
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        Q_EMIT finished(false);
        return;
    }
    const std::optional<QString> reference =
        Dialogs::text(m_parent, tr("Change control"),
                      tr("Change-control reference and reason (REFERENCE: reason), for example "
                         "CC-2026-014: viability repeated after a counter fault"));
    if (!reference) {
        Q_EMIT finished(false);
        return;
    }
    if (const Status s = BatchLocks::checkChangeControl(*reference); !s) {
        m_lastMessage = s.error().message();
        Dialogs::warning(m_parent, tr("Import"), m_lastMessage);
        Q_EMIT finished(false);
        return;
    }
    ImportOptions options = previous;
    options.changeControl = reference->trimmed();
    importFiles(paths, options);
}

void ImportFlow::offerSupersede(const QStringList &paths, const ImportOptions &previous,
                                const QString &message)
{
    // The core's message lists the conflicts; the window asks whether to supersede them.
    QString text = shortened(message);
    text += u"\n\n"_s + tr("Store the new content as new versions? The stored versions stay "
                           "readable, and the audit trail records the reason.");
    const auto answer = Dialogs::question(m_parent, tr("Import: content differs"), text,
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        Q_EMIT finished(false);
        return;
    }
    const std::optional<QString> reason =
        Dialogs::text(m_parent, tr("Supersede"), tr("Why is the stored content being superseded?"));
    if (!reason) {
        Q_EMIT finished(false);
        return;
    }
    if (reason->trimmed().isEmpty()) {
        m_lastMessage = tr("Nothing was written: superseding needs a reason.");
        Dialogs::warning(m_parent, tr("Import"), m_lastMessage);
        Q_EMIT finished(false);
        return;
    }
    ImportOptions options = previous;
    options.supersede = true;
    options.reason = reason->trimmed();
    importFiles(paths, options);
}

} // namespace rd::ui
