// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rd {

// Who is who, compared as people (docs/DESIGN.md section 1): names and person identifiers are
// NFC-normalised, put in one case and reduced to their confusable skeleton (Unicode TR #39, with
// ICU's spoof checker), so that "Rоsa Martens" with a Cyrillic о, "ROSA  MARTENS" and
// "Rosa Martens" are one name.
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(rd::Identity)

public:
    // What a name, user name or identifier looks like to a reader: its skeleton in lower case
    // and in upper case (confusables are of one case: a Cyrillic Н is an H, its small н no h,
    // and the skeleton of I is l). Two texts look alike when either skeleton is equal.
    struct Key
    {
        QString lower;
        QString upper;
        bool isEmpty() const { return lower.isEmpty(); }
        bool matches(const Key &other) const
        {
            return !isEmpty() && (lower == other.lower || upper == other.upper);
        }
    };
    static Key key(const QString &text);
    static bool alike(const QString &a, const QString &b);
    // The characters of `text` outside printable ASCII, as "U+043E" each, comma-separated:
    // what tells a look-alike apart on screen and paper.
    static QString unusualCharacters(const QString &text);

    // An employee number or similar: NFC, trimmed, 1 to 40 letters, digits and . - _ /, with
    // no control, format or bidirectional characters.
    static Result<QString> normalizePersonId(const QString &personId);
};

// The store's accounts as people: each account belongs to the person its person identifier
// names (or, for an account made before identifiers, to the person its name names). Read once,
// in one query; a store holds tens of accounts.
class People
{
    Q_DECLARE_TR_FUNCTIONS(rd::People)

public:
    struct Entry
    {
        qint64 userId = 0;
        QString userName;
        QString fullName;
        QString personId;
        QString role;
        bool active = true;
        Identity::Key nameKey;
        Identity::Key idKey; // empty when the account has no person identifier
        Identity::Key userKey;
    };

    static Result<People> load(QSqlDatabase db);
    // The people of these accounts (their keys are made here from the names and identifiers).
    static People of(QList<Entry> entries);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *byUserId(qint64 userId) const;
    // Whether two accounts are one person: the same account, the same person identifier or
    // look-alike full names.
    bool samePerson(qint64 userA, qint64 userB) const;
    // Whether a name written on a record (an analyst, an operator) names the person of account
    // `userId`: their full name, user name or person identifier, or any of those of another
    // account of the same person, as look-alikes.
    bool names(const QString &written, qint64 userId) const;
    // The accounts a written name may name (look-alike full name, user name or identifier).
    QList<const Entry *> named(const QString &written) const;
    // The accounts whose full name a written initial and surname may stand for ("Q. Chen",
    // "Q Chen" for Quinn Chen; the surname compared as a look-alike): no proof of who it is,
    // but whom it may be.
    QList<const Entry *> abbreviated(const QString &written) const;

private:
    QList<Entry> m_entries;
};

} // namespace rd
