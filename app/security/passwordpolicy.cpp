// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/passwordpolicy.h"

namespace rd {

Status PasswordPolicy::check(const QString &userName, const SecureBytes &password)
{
    if (password.size() > static_cast<std::size_t>(kMaximumBytes)) {
        return Error(ErrorCode::PasswordRejected,
                     tr("The password is too long (more than %1 bytes).").arg(kMaximumBytes));
    }
    // Characters are counted as UTF-8 sequences: every byte that is not a continuation byte.
    int characters = 0;
    for (std::size_t i = 0; i < password.size(); ++i) {
        if ((password.data()[i] & 0xC0) != 0x80)
            ++characters;
    }
    if (characters < kMinimumLength) {
        return Error(ErrorCode::PasswordRejected,
                     tr("The password has %1 characters; it needs at least %2.")
                         .arg(characters)
                         .arg(kMinimumLength));
    }
    // User names are ASCII, so an ASCII case fold of the password is enough to find them.
    const QByteArray name = userName.toLower().toUtf8();
    if (!name.isEmpty() && password.size() >= static_cast<std::size_t>(name.size())) {
        const std::size_t last = password.size() - static_cast<std::size_t>(name.size());
        for (std::size_t start = 0; start <= last; ++start) {
            bool match = true;
            for (qsizetype k = 0; k < name.size() && match; ++k) {
                unsigned char c = password.data()[start + static_cast<std::size_t>(k)];
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<unsigned char>(c - 'A' + 'a');
                match = c == static_cast<unsigned char>(name.at(k));
            }
            if (match) {
                return Error(ErrorCode::PasswordRejected,
                             tr("The password must not contain the user name."));
            }
        }
    }
    return {};
}

QString PasswordPolicy::rulesText()
{
    return tr("At least %1 characters, not containing the user name, and not one of the last %2 "
              "passwords of the account.")
        .arg(kMinimumLength)
        .arg(kHistoryDepth);
}

} // namespace rd
