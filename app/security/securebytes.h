// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace rd {

// A buffer for secrets (master key, signing keys, passwords): allocated with sodium_malloc, so
// it sits between guard pages, is locked out of swap and is wiped when freed. Move-only; never
// converted implicitly to QByteArray, whose copies would outlive the wipe.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    // UTF-8 of the text. The QString itself is the caller's to wipe (see wipe()).
    static SecureBytes fromUtf8(const QString &text);
    // Copies the first `size` bytes, or all of them.
    SecureBytes copy() const;
    SecureBytes left(std::size_t size) const;
    SecureBytes mid(std::size_t offset, std::size_t size) const;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChar() const;
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Lower-case hexadecimal of the bytes, in locked memory too.
    SecureBytes toHex() const;

    // Constant-time comparison.
    bool equals(const SecureBytes &other) const;

    // A view for passing to functions that take bytes; it must not be stored.
    QByteArrayView view() const;

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites the characters of a string that held a secret (e.g. a password typed into a line
// edit) and empties it. Best effort: Qt may have made copies the caller cannot reach.
void wipe(QString &text);
void wipe(QByteArray &bytes);

} // namespace rd
