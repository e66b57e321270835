// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/identity.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <unicode/uspoof.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct SpoofCloser
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

// One checker for the process: opened once, then only read, which ICU allows from any thread.
const USpoofChecker *checker()
{
    static const std::unique_ptr<USpoofChecker, SpoofCloser> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<USpoofChecker, SpoofCloser> c(uspoof_open(&status));
        if (U_FAILURE(status))
            qFatal("ICU's spoof checker cannot be opened (%s): names cannot be compared",
                   u_errorName(status));
        return c;
    }();
    return instance.get();
}

// ICU's skeleton of `in` (UTS #39 section 4).
QString icuSkeleton(const QString &in)
{
    QString out(in.size() * 2 + 8, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = uspoof_getSkeleton(
            checker(), 0, reinterpret_cast<const UChar *>(in.utf16()),
            static_cast<int32_t>(in.size()), reinterpret_cast<UChar *>(out.data()),
            static_cast<int32_t>(out.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(length);
            continue;
        }
        if (U_FAILURE(status))
            qFatal("ICU's spoof checker cannot reduce a name (%s)", u_errorName(status));
        out.truncate(length);
        return out;
    }
    qFatal("ICU's spoof checker keeps asking for more room");
}

} // namespace

Identity::Key Identity::key(const QString &text)
{
    const QString in = text.normalized(QString::NormalizationForm_C).simplified();
    if (in.isEmpty())
        return {};
    return {icuSkeleton(in.toCaseFolded()), icuSkeleton(in.toUpper())};
}

bool Identity::alike(const QString &a, const QString &b)
{
    return key(a).matches(key(b));
}

QString Identity::unusualCharacters(const QString &text)
{
    QStringList out;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || c > 0x7E) {
            const QString code =
                u"U+"_s + u"%1"_s.arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
            if (!out.contains(code))
                out << code;
        }
    }
    return out.join(u", "_s);
}

Result<QString> Identity::normalizePersonId(const QString &personId)
{
    const QString id = personId.normalized(QString::NormalizationForm_C).trimmed();
    if (id.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("The person identifier is empty; give the person's employee number or "
                        "another identifier unique to them."));
    if (id.size() > 40)
        return Error(ErrorCode::InvalidInput,
                     tr("The person identifier is longer than 40 characters."));
    for (const QChar c : id) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_' && c != u'/')
            return Error(ErrorCode::InvalidInput,
                         tr("The person identifier \"%1\" holds U+%2; only letters, digits and "
                            ". - _ / are allowed.")
                             .arg(id.left(40))
                             .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return id;
}

Result<People> People::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT u.id, u.user_name, u.full_name, p.person_id, u.role, u.active FROM "
                "users u LEFT JOIN account_persons p ON p.user_id = u.id ORDER BY u.id"_s))
        return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());
    QList<Entry> entries;
    while (q.next()) {
        Entry e;
        e.userId = q.value(0).toLongLong();
        e.userName = q.value(1).toString();
        e.fullName = q.value(2).toString();
        e.personId = q.value(3).toString();
        e.role = q.value(4).toString();
        e.active = q.value(5).toBool();
        entries << std::move(e);
    }
    if (q.lastError().isValid())
        return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());
    return of(std::move(entries));
}

People People::of(QList<Entry> entries)
{
    People people;
    for (Entry &e : entries) {
        e.nameKey = Identity::key(e.fullName);
        e.idKey = Identity::key(e.personId);
        e.userKey = Identity::key(e.userName);
    }
    people.m_entries = std::move(entries);
    return people;
}

const People::Entry *People::byUserId(qint64 userId) const
{
    for (const Entry &e : m_entries) {
        if (e.userId == userId)
            return &e;
    }
    return nullptr;
}

bool People::samePerson(qint64 userA, qint64 userB) const
{
    if (userA == userB)
        return true;
    const Entry *a = byUserId(userA);
    const Entry *b = byUserId(userB);
    if (!a || !b)
        return false;
    return a->idKey.matches(b->idKey) || a->nameKey.matches(b->nameKey);
}

QList<const People::Entry *> People::named(const QString &written) const
{
    QList<const Entry *> out;
    const Identity::Key s = Identity::key(written);
    if (s.isEmpty())
        return out;
    for (const Entry &e : m_entries) {
        if (s.matches(e.nameKey) || s.matches(e.idKey) || s.matches(e.userKey))
            out << &e;
    }
    return out;
}

QList<const People::Entry *> People::abbreviated(const QString &written) const
{
    QList<const Entry *> out;
    QString text = written;
    text.replace(u'.', u' ');
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts.first().size() != 1 || !parts.first().at(0).isLetter())
        return out;
    const Identity::Key initial = Identity::key(parts.first());
    const Identity::Key surname = Identity::key(parts.last());
    for (const Entry &e : m_entries) {
        const QStringList names = e.fullName.simplified().split(u' ', Qt::SkipEmptyParts);
        if (names.size() < 2)
            continue;
        if (Identity::key(names.first().left(1)).matches(initial) &&
            Identity::key(names.last()).matches(surname))
            out << &e;
    }
    return out;
}

bool People::names(const QString &written, qint64 userId) const
{
    for (const Entry *e : named(written)) {
        if (samePerson(e->userId, userId))
            return true;
    }
    return false;
}

} // namespace rd
