// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

// The building blocks of every canonical byte form that is hashed or signed (audit events,
// batch content, signatures): big-endian integers and length-prefixed UTF-8 text, so that no
// two different values serialise alike and NULL differs from the empty string.
namespace rd::canonical {

inline void appendU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

inline void appendU64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

// NULL text is 0xFFFFFFFF; any other text its UTF-8 length, then the UTF-8.
inline void appendField(QByteArray &out, const QString &text)
{
    if (text.isNull()) {
        appendU32(out, 0xFFFFFFFFu);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendU32(out, static_cast<quint32>(utf8.size()));
    out.append(utf8);
}

// The same for text already in UTF-8; a null `utf8` is NULL.
inline void appendField(QByteArray &out, const char *utf8, qsizetype size)
{
    if (!utf8) {
        appendU32(out, 0xFFFFFFFFu);
        return;
    }
    appendU32(out, static_cast<quint32>(size));
    out.append(utf8, size);
}

inline void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendU32(out, static_cast<quint32>(bytes.size()));
    out.append(bytes);
}

} // namespace rd::canonical
