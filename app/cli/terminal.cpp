// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminal.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace rd {

namespace {
constexpr std::size_t kMaxLine = 4096;

// Reads one line from fd into locked memory, without the line end. Returns the byte count, or
// -1 at end of input before any byte, or -2 when the line is too long.
long readLine(int fd, SecureBytes &buffer)
{
    std::size_t n = 0;
    bool any = false;
    for (;;) {
        unsigned char c = 0;
        const ssize_t r = ::read(fd, &c, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return any ? static_cast<long>(n) : -1;
        any = true;
        if (c == '\n')
            break;
        if (n == buffer.size())
            return -2;
        buffer.data()[n++] = c;
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    return static_cast<long>(n);
}
} // namespace

Terminal::Terminal(bool secretsFromStdin)
    : m_fromStdin(secretsFromStdin)
{}

void Terminal::out(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void Terminal::err(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

Result<SecureBytes> Terminal::readStdinLine()
{
    ++m_stdinLine;
    SecureBytes buffer(kMaxLine);
    const long n = readLine(STDIN_FILENO, buffer);
    if (n == -1) {
        return Error(ErrorCode::Usage,
                     tr("Standard input ended before line %1, which should hold the next "
                        "password (see --help for the order).")
                         .arg(m_stdinLine));
    }
    if (n == -2)
        return Error(ErrorCode::Usage,
                     tr("Line %1 of standard input is too long.").arg(m_stdinLine));
    return buffer.left(static_cast<std::size_t>(n));
}

Result<SecureBytes> Terminal::readTerminal(const QString &prompt, bool echo)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return Error(ErrorCode::Usage, tr("There is no terminal to ask on; give the input on "
                                          "standard input with --password-stdin."));
    }
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(fd, p.constData(), static_cast<std::size_t>(p.size()));
    termios saved{};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    SecureBytes buffer(kMaxLine);
    const long n = readLine(fd, buffer);
    if (isTty && !echo) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        (void)!::write(fd, "\n", 1);
    }
    ::close(fd);
    if (n < 0)
        return Error(ErrorCode::Cancelled, tr("No input was given."));
    return buffer.left(static_cast<std::size_t>(n));
}

Result<SecureBytes> Terminal::secret(const QString &prompt)
{
    return m_fromStdin ? readStdinLine() : readTerminal(prompt, false);
}

Result<SecureBytes> Terminal::newSecret(const QString &prompt, const QString &repeatPrompt)
{
    if (m_fromStdin)
        return readStdinLine();
    Result<SecureBytes> first = readTerminal(prompt, false);
    if (!first)
        return first;
    Result<SecureBytes> second = readTerminal(repeatPrompt, false);
    if (!second)
        return second;
    if (!first->equals(second.value()))
        return Error(ErrorCode::InvalidInput, tr("The two passwords differ; nothing was changed."));
    return first;
}

Result<QString> Terminal::text(const QString &prompt)
{
    Result<SecureBytes> line = readTerminal(prompt, true);
    if (!line)
        return line.error();
    return QString::fromUtf8(line->constChar(), static_cast<qsizetype>(line->size()));
}

} // namespace rd
