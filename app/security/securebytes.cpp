// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/securebytes.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace rd {

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    void *p = sodium_malloc(size);
    if (!p)
        throw std::bad_alloc(); // out of locked memory: nothing sensible can continue
    m_data = static_cast<unsigned char *>(p);
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const unsigned char *data, std::size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    // Encode character by character straight into locked memory so that no unlocked UTF-8
    // copy of the secret is left behind on the heap.
    std::size_t needed = 0;
    const qsizetype n = text.size();
    const char16_t *u = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = u[i];
        if (c < 0x80)
            needed += 1;
        else if (c < 0x800)
            needed += 2;
        else if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && u[i + 1] >= 0xDC00 &&
                 u[i + 1] < 0xE000) {
            needed += 4;
            ++i;
        } else
            needed += 3;
    }
    SecureBytes out(needed);
    std::size_t pos = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = u[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD; // lone surrogate: encode the replacement character, as QString does
        }
        if (c < 0x80) {
            out.m_data[pos++] = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            out.m_data[pos++] = static_cast<unsigned char>(0xC0 | (c >> 6));
            out.m_data[pos++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out.m_data[pos++] = static_cast<unsigned char>(0xE0 | (c >> 12));
            out.m_data[pos++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            out.m_data[pos++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            out.m_data[pos++] = static_cast<unsigned char>(0xF0 | (c >> 18));
            out.m_data[pos++] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            out.m_data[pos++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            out.m_data[pos++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

SecureBytes SecureBytes::copy() const
{
    return SecureBytes(m_data, m_size);
}

SecureBytes SecureBytes::left(std::size_t size) const
{
    return SecureBytes(m_data, size < m_size ? size : m_size);
}

SecureBytes SecureBytes::mid(std::size_t offset, std::size_t size) const
{
    if (offset >= m_size)
        return {};
    const std::size_t available = m_size - offset;
    return SecureBytes(m_data + offset, size < available ? size : available);
}

const char *SecureBytes::constChar() const
{
    return reinterpret_cast<const char *>(m_data);
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        out.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        out.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return out;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

QByteArrayView SecureBytes::view() const
{
    return QByteArrayView(constChar(), static_cast<qsizetype>(m_size));
}

void wipe(QString &text)
{
    if (!text.isEmpty()) {
        // data() detaches, so this clears our own buffer, not a shared one.
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace rd
