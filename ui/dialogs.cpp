// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

namespace rd::ui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<std::optional<QString>> g_nextText;
std::optional<QString> g_nextDirectory;
QString g_lastMessage;
} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        g_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        g_nextAnswer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label)
{
    if (g_nextText) {
        std::optional<QString> answer = *g_nextText;
        g_nextText.reset();
        return answer;
    }
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

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void Dialogs::setNextText(std::optional<QString> text)
{
    g_nextText = std::move(text);
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
