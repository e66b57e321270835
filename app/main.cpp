// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: the headless verbs when given one, the window otherwise.
#include "cli/cli.h"
#include "core/languages.h"
#include "core/preferences.h"
#include "core/runtime.h"
#include "core/version.h"
#include "qc/chartrenderer.h"
#include "ui/application.h"
#include "ui/trendchart.h"

#include <QApplication>
#include <QCoreApplication>

#include <algorithm>

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
        const bool drawsChart =
            arguments.value(1) == QLatin1StringView("trend") &&
            std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
                return a == QLatin1StringView("--png") || a.startsWith(QLatin1StringView("--png="));
            });
        if (drawsChart || arguments.value(1) == QLatin1StringView("report")) {
            // Drawing a chart or a document needs fonts (and the chart widgets), never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            nameApplication();
            rd::Languages::install(QString());
            rd::qc::setChartRenderer(&rd::ui::TrendChart::renderPng);
            return rd::CommandLine::run(arguments);
        }
        QCoreApplication app(argc, argv);
        nameApplication();
        rd::Languages::install(QString());
        return rd::CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("releasedesk"));
    // The window speaks the language chosen in its settings; the command line the system's.
    rd::Languages::install(rd::Preferences::language());
    return rd::ui::runWindow(QApplication::arguments());
}
