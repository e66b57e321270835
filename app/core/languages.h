// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace rd {

// The languages ReleaseDesk speaks (English, the source, and Dutch, German and Japanese), the
// catalogues that make the application speak one of them, and the default locale that dates
// and numbers on screen follow. Our catalogues sit behind one router so that a thread can
// build a document in another language than the screen's (ScopedLanguage) while the window
// keeps its own.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(rd::Languages)

public:
    static QStringList codes(); // "en", "nl", "de", "ja"
    static bool isKnown(const QString &code);
    // The language's name in itself ("Nederlands"), as a menu of languages shows it.
    static QString nativeName(const QString &code);
    // The language of `locale` when ReleaseDesk speaks it, else English.
    static QString forLocale(const QLocale &locale);
    // Makes `code` the language of the application ("" or "system": the system's), with Qt's
    // own catalogue for its dialogs, and the locale that dates and numbers follow. Widgets get a
    // LanguageChange event. Returns the language now in effect.
    static QString install(const QString &code);
    static QString current();
    // Where the compiled catalogues are looked for: beside the binary (a build tree) and in
    // share/releasedesk/translations of the installation prefix.
    static QStringList searchPaths();
    // False when the catalogue of `code` was not found (English always is).
    static bool catalogueLoaded(const QString &code);
};

// While it lives, translations made on this thread are in `code` ("en": the source text),
// whatever the application's language. Documents are built and painted under one.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    int m_previous;
};

} // namespace rd
