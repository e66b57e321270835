// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace rd::ui {

// Every modal question the window asks goes through here, so GUI tests can answer them in
// advance instead of clicking a dialog they cannot see.
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // `details` (a long list, say) goes behind the box's Show Details… button.
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &details = QString());
    // A line of text (e.g. a reason); nullopt when cancelled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label);
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &start);
    // Files to open; empty when cancelled.
    static QStringList openFiles(QWidget *parent, const QString &title, const QString &start,
                                 const QString &filter);

    // Test hooks: the next calls answer with these, in order, instead of showing a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(std::optional<QString> text);
    static void setNextDirectory(const QString &path);
    static void setNextFiles(const QStringList &paths);
    // A file to write; empty when cancelled, and when UserFiles::checkOutput refuses the
    // choice (inside a store folder, say), after a warning that says why.
    static QString saveFile(QWidget *parent, const QString &title, const QString &start,
                            const QString &filter);
    static void setNextSaveFile(const QString &path);
    // Answers queued but not asked for (a test checks that every one was used).
    static int unusedAnswers();
    // The text of the last warning or information shown (or answered by a hook).
    static QString lastMessage();
};

} // namespace rd::ui
