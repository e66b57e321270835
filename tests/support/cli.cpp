// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd::test {

QString cliBinary()
{
    const QString binary = qEnvironmentVariable("RELEASEDESK_BINARY");
    return QFile::exists(binary) ? binary : QString();
}

CliRun runCli(const QStringList &arguments, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELEASEDESK_TESTING_MINIMUM_KDF"_s, u"1"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    for (const auto &[name, value] : options.environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    const std::function<void()> inChild = options.inChild;
    p.setChildProcessModifier([inChild] {
        ::setsid();
        if (inChild)
            inChild();
    });
    const QString binary = options.binary.isEmpty() ? cliBinary() : options.binary;
    p.start(binary, arguments);
    if (!p.waitForStarted()) {
        qWarning("cannot start %s: %s", qPrintable(binary), qPrintable(p.errorString()));
        return {};
    }
    p.write(options.input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.timedOut = true;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    // The test-only cost announces itself; that line is expected and not what is checked.
    QStringList lines =
        QString::fromUtf8(p.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf(
        [](const QString &l) { return l.startsWith(u"WARNING: RELEASEDESK_TESTING"_s); });
    r.err = lines.join(u'\n');
    return r;
}

} // namespace rd::test
