// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>

namespace rd {

// The store's recovery code: 160 random bits shown once at `init`, written as 36 characters of
// Crockford base32 in groups of four (the last four are a check on the first 32, so a typo is
// reported as a typo rather than as a wrong code). It unwraps the recovery key slot.
class RecoveryCode
{
    Q_DECLARE_TR_FUNCTIONS(rd::RecoveryCode)

public:
    static constexpr std::size_t kSecretBytes = 20;

    static SecureBytes generate();
    // "7K2M-..." text of the secret. The caller wipes the returned string after showing it.
    static QString format(const SecureBytes &secret);
    // Accepts any case, spaces and hyphens, and the look-alikes O/o for 0 and I/i/L/l for 1.
    static Result<SecureBytes> parse(const QString &text);

    // 20 bytes as 32 base32 digits in groups of four, then `extraDigits` more (values 0-31).
    static QString base32Groups(QByteArrayView twentyBytes, int extraDigits = 0,
                                const int *extra = nullptr);
    // The digits of a typed code or fingerprint as base32Groups writes them (any case, without
    // spaces and hyphens, look-alikes read as digits; '?' for anything else).
    static QString canonicalDigits(const QString &text);
};

} // namespace rd
