// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: the headless verbs when given one, the window otherwise.
#include "cli/cli.h"
#include "core/runtime.h"
#include "core/version.h"
#include "ui/application.h"

#include <QApplication>
#include <QCoreApplication>

namespace {
QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QLatin1StringView(rd::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1StringView(rd::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(rd::kVersion));
}
} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (rd::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        rd::Runtime::installTranslations(QLocale());
        return rd::CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("releasedesk"));
    rd::Runtime::installTranslations(QLocale());
    return rd::ui::runWindow(QApplication::arguments());
}
