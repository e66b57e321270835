// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <memory>

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

// The same forms written into memory that a buffer keeps from one use to the next: for the
// forms built a million times in one verify (audit events, record rows), where QByteArray's
// general-purpose append and a new allocation for each would cost more than hashing them.
class Buffer
{
public:
    void clear() { m_size = 0; }
    QByteArrayView view() const { return {m_data.get(), static_cast<qsizetype>(m_size)}; }
    // `n` more bytes at the end, to be written by the caller: one check of the room for all
    // the parts of a field.
    char *extend(std::size_t n)
    {
        if (m_size + n > m_capacity)
            grow(m_size + n);
        char *at = m_data.get() + m_size;
        m_size += n;
        return at;
    }
    void append(const void *data, std::size_t n)
    {
        char *at = extend(n);
        if (n > 0)
            std::memcpy(at, data, n);
    }
    void append(char c) { *extend(1) = c; }
    void appendU32(quint32 v) { qToBigEndian(v, extend(4)); }
    void appendU64(quint64 v) { qToBigEndian(v, extend(8)); }
    // As canonical::appendField: a null `utf8` is NULL.
    void appendField(const char *utf8, qsizetype size)
    {
        if (!utf8) {
            appendU32(0xFFFFFFFFu);
            return;
        }
        appendSized(utf8, static_cast<std::size_t>(size));
    }
    // A 4-byte length, then the bytes.
    void appendSized(const void *data, std::size_t size)
    {
        char *at = extend(4 + size);
        qToBigEndian(static_cast<quint32>(size), at);
        if (size > 0)
            std::memcpy(at + 4, data, size);
    }

private:
    Q_DECL_COLD_FUNCTION void grow(std::size_t needed)
    {
        const std::size_t capacity = std::max<std::size_t>({needed, 2 * m_capacity, 256});
        auto data = std::make_unique<char[]>(capacity);
        if (m_size > 0)
            std::memcpy(data.get(), m_data.get(), m_size);
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace rd::canonical
