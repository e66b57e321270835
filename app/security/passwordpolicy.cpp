// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/passwordpolicy.h"

#include <QStringList>

#include <cstring>
#include <memory>
#include <pwquality.h>

namespace rd {

namespace {

struct SettingsFree
{
    void operator()(pwquality_settings_t *s) const { pwquality_free_settings(s); }
};

// The words a password must not contain: the person identifier and each part of the full
// name of three characters or more (libpwquality compares them case-insensitively for ASCII
// letters, and also finds them reversed).
QByteArray forbiddenWords(const PasswordOwner &owner)
{
    QStringList words;
    for (const QString &part : owner.fullName.split(u' ', Qt::SkipEmptyParts)) {
        QString word = part;
        word.remove(u'.');
        if (word.size() >= 3)
            words << word;
    }
    if (!owner.personId.trimmed().isEmpty())
        words << owner.personId.trimmed();
    return words.join(u' ').toUtf8();
}

// Whether `password` contains `word`, ASCII letters compared without case (names in other
// scripts compare exactly). Byte by byte, so the password never becomes a QString.
bool containsFolded(const SecureBytes &password, const QByteArray &word)
{
    const auto fold = [](unsigned char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
    };
    const auto n = static_cast<std::size_t>(word.size());
    if (n == 0 || password.size() < n)
        return false;
    for (std::size_t start = 0; start + n <= password.size(); ++start) {
        std::size_t k = 0;
        while (k < n && fold(password.data()[start + k]) ==
                            fold(static_cast<unsigned char>(word.at(static_cast<qsizetype>(k)))))
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

} // namespace

Status PasswordPolicy::check(const PasswordOwner &owner, const SecureBytes &password)
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
    if (std::memchr(password.data(), 0, password.size()) != nullptr)
        return Error(ErrorCode::PasswordRejected,
                     tr("The password contains a NUL character, which is not allowed."));

    // The library skips short names ("bob"): the names are looked for here first.
    if (containsFolded(password, owner.userName.toUtf8()))
        return Error(ErrorCode::PasswordRejected,
                     tr("The password must not contain the user name."));
    for (const QByteArray &word : forbiddenWords(owner).split(' '))
        if (containsFolded(password, word))
            return Error(ErrorCode::PasswordRejected,
                         tr("The password must not contain the person identifier or a part "
                            "of the full name."));

    const std::unique_ptr<pwquality_settings_t, SettingsFree> settings(
        pwquality_default_settings());
    if (!settings)
        return Error(ErrorCode::Failed, tr("The password cannot be checked: out of memory."));
    // The site's own rules, not the workstation's /etc/security/pwquality.conf: the length is
    // counted above in characters; the library judges the content.
    const std::pair<int, int> numbers[] = {
        {PWQ_SETTING_MIN_LENGTH, 6}, // the library's lowest: the length is checked above
        {PWQ_SETTING_DIG_CREDIT, 0},
        {PWQ_SETTING_UP_CREDIT, 0},
        {PWQ_SETTING_LOW_CREDIT, 0},
        {PWQ_SETTING_OTH_CREDIT, 0},
        {PWQ_SETTING_MAX_REPEAT, kMaximumRepeat},
        {PWQ_SETTING_MAX_SEQUENCE, kMaximumSequence},
        {PWQ_SETTING_DICT_CHECK, 1},
        {PWQ_SETTING_USER_CHECK, 1},
        {PWQ_SETTING_GECOS_CHECK, 0}, // the workstation's accounts are not this store's
    };
    for (const auto &[setting, value] : numbers) {
        if (pwquality_set_int_value(settings.get(), setting, value) != 0)
            return Error(ErrorCode::Failed,
                         tr("The password cannot be checked: the quality library refused "
                            "setting %1.")
                             .arg(setting));
    }
    const QByteArray words = forbiddenWords(owner);
    if (!words.isEmpty() &&
        pwquality_set_str_value(settings.get(), PWQ_SETTING_BAD_WORDS, words.constData()) != 0)
        return Error(ErrorCode::Failed,
                     tr("The password cannot be checked: the quality library refused the "
                        "account's names."));

    // The library wants a NUL-terminated string: a copy in guarded memory, wiped when done.
    SecureBytes text(password.size() + 1);
    std::memcpy(text.data(), password.data(), password.size());
    text.data()[password.size()] = 0;
    const QByteArray user = owner.userName.toUtf8();
    void *aux = nullptr;
    const int score = pwquality_check(settings.get(), text.constChar(), nullptr,
                                      user.isEmpty() ? nullptr : user.constData(), &aux);
    if (score >= 0)
        return {};
    const auto refused = [](const QString &why) { return Error(ErrorCode::PasswordRejected, why); };
    switch (score) {
    case PWQ_ERROR_USER_CHECK:
        return refused(tr("The password must not contain the user name."));
    case PWQ_ERROR_BAD_WORDS:
        return refused(tr("The password must not contain the person identifier or a part of "
                          "the full name."));
    case PWQ_ERROR_MAX_CONSECUTIVE:
        return refused(tr("The password repeats one character more than %1 times in a row.")
                           .arg(kMaximumRepeat));
    case PWQ_ERROR_MAX_SEQUENCE:
        return refused(tr("The password contains a sequence of more than %1 characters (such "
                          "as \"abcde\" or \"54321\").")
                           .arg(kMaximumSequence));
    case PWQ_ERROR_PALINDROME:
        return refused(tr("The password is a palindrome."));
    case PWQ_ERROR_CRACKLIB_CHECK: {
        // cracklib's reason is a fixed English text; the known ones are said in the user's
        // language, any other is named as it is.
        const QString reason = aux ? QString::fromUtf8(static_cast<const char *>(aux)) : QString();
        if (reason.contains(u"loading dictionary"))
            return Error(ErrorCode::Failed,
                         tr("The password cannot be checked: the word list cannot be read "
                            "(install cracklib-runtime)."));
        if (reason.contains(u"dictionary word"))
            return refused(tr("The password is based on a dictionary word."));
        if (reason.contains(u"DIFFERENT characters"))
            return refused(tr("The password has too few different characters."));
        if (reason.contains(u"simplistic") || reason.contains(u"systematic"))
            return refused(tr("The password is a simple pattern (such as \"123456789012\" or a "
                              "row of the keyboard)."));
        return refused(tr("The password is too easy to guess (%1).").arg(reason));
    }
    default: {
        char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
        const char *what = pwquality_strerror(buffer, sizeof buffer, score, aux);
        // The library's own failures (memory, settings) judge nothing: never a pass, and not
        // the password's fault either.
        if (score >= PWQ_ERROR_MEM_ALLOC)
            return Error(
                ErrorCode::Failed,
                tr("The password cannot be checked: %1.").arg(QString::fromUtf8(what ? what : "")));
        return refused(
            tr("The password is too easy to guess (%1).").arg(QString::fromUtf8(what ? what : "")));
    }
    }
}

QString PasswordPolicy::rulesText()
{
    return tr("At least %1 characters; not a dictionary word, a sequence or a pattern; not "
              "containing the user name, the person identifier or a part of the full name; and "
              "not one of the last %2 passwords of the account.")
        .arg(kMinimumLength)
        .arg(kHistoryDepth);
}

} // namespace rd
