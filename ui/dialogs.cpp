// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs.h"

#include "core/userfiles.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>

namespace rd::ui {

namespace {
// Answers queued by tests, taken in order.
QList<QMessageBox::StandardButton> g_answers;
QList<std::optional<QString>> g_texts;
std::optional<QString> g_nextDirectory;
std::optional<QStringList> g_nextFiles;
std::optional<QString> g_nextSaveFile;
QString g_lastMessage;
} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (!g_answers.isEmpty()) {
        g_answers.removeFirst();
        return;
    }
    // A message with a list of problems (an import's, say): its first line is the summary, the
    // first few problems are shown under it, and every one of them is in the details.
    const QStringList lines = text.split(u'\n');
    if (lines.size() == 1) {
        QMessageBox::warning(parent, title, text);
        return;
    }
    constexpr int kShown = 12;
    QMessageBox box(QMessageBox::Warning, title, lines.first(), QMessageBox::Ok, parent);
    QStringList shown = lines.mid(1, kShown);
    for (QString &line : shown)
        line = line.trimmed();
    if (lines.size() - 1 > kShown)
        shown << QCoreApplication::translate("rd::ui::Dialogs", "(%n more in the details)", nullptr,
                                             static_cast<int>(lines.size() - 1 - kShown));
    box.setInformativeText(shown.join(u'\n'));
    if (lines.size() - 1 > kShown)
        box.setDetailedText(lines.mid(1).join(u'\n'));
    box.exec();
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text,
                          const QString &details)
{
    g_lastMessage = details.isEmpty() ? text : text + u'\n' + details;
    if (!g_answers.isEmpty()) {
        g_answers.removeFirst();
        return;
    }
    if (details.isEmpty()) {
        QMessageBox::information(parent, title, text);
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label)
{
    if (!g_texts.isEmpty())
        return g_texts.takeFirst();
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &title, const QString &start)
{
    if (g_nextDirectory) {
        const QString answer = *g_nextDirectory;
        g_nextDirectory.reset();
        return answer;
    }
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QStringList Dialogs::openFiles(QWidget *parent, const QString &title, const QString &start,
                               const QString &filter)
{
    if (g_nextFiles) {
        const QStringList answer = *g_nextFiles;
        g_nextFiles.reset();
        return answer;
    }
    return QFileDialog::getOpenFileNames(parent, title, start, filter);
}

void Dialogs::setNextFiles(const QStringList &paths)
{
    g_nextFiles = paths;
}

QString Dialogs::saveFile(QWidget *parent, const QString &title, const QString &start,
                          const QString &filter)
{
    QString answer;
    if (g_nextSaveFile) {
        answer = *g_nextSaveFile;
        g_nextSaveFile.reset();
    } else {
        answer = QFileDialog::getSaveFileName(parent, title, start, filter);
    }
    if (answer.isEmpty())
        return answer;
    // Every file the window writes is chosen here: a path in a store folder, or over a folder
    // or a device, is refused and said why, as if the dialog had been cancelled.
    if (const Status s = UserFiles::checkOutput(answer); !s) {
        warning(parent, title, s.error().message());
        return {};
    }
    return answer;
}

void Dialogs::setNextSaveFile(const QString &path)
{
    g_nextSaveFile = path;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

void Dialogs::setNextText(std::optional<QString> text)
{
    g_texts.append(std::move(text));
}

int Dialogs::unusedAnswers()
{
    return static_cast<int>(g_answers.size() + g_texts.size() + (g_nextDirectory ? 1 : 0) +
                            (g_nextFiles ? 1 : 0) + (g_nextSaveFile ? 1 : 0));
}

void Dialogs::setNextDirectory(const QString &path)
{
    g_nextDirectory = path;
}

QString Dialogs::lastMessage()
{
    return g_lastMessage;
}

} // namespace rd::ui
