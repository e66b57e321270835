// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include "core/runtime.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/unlockdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[0], &byte, 1);
}

// Closes every window on SIGTERM, SIGINT or SIGHUP (logout, shutdown, Ctrl+C in a terminal),
// so that an open session still ends with its signed checkpoint instead of being cut off.
void closeWindowsOnTermination(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, []() {
        char byte = 0;
        (void)!::read(g_signalPipe[1], &byte, 1);
        UnlockDialog::setClosingDown();
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (auto *main = qobject_cast<MainWindow *>(w)) {
                main->closeWhenSafe();
                return;
            }
        }
        QApplication::closeAllWindows(); // only the first unlock dialog is up
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(sig, &action, nullptr);
}

} // namespace

int runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "rd::ui", "ReleaseDesk: batch review and release. Run "
                  "\"releasedesk --help\" for the command-line verbs."));
    parser.addOption({u"store"_s, QCoreApplication::translate("rd::ui", "The store to open."),
                      QCoreApplication::translate("rd::ui", "folder")});
    parser.addOption({u"user"_s,
                      QCoreApplication::translate("rd::ui", "The user name to sign in with."),
                      QCoreApplication::translate("rd::ui", "name")});
    parser.process(arguments);

    if (const Status s = Runtime::initialize(); !s) {
        Dialogs::warning(nullptr, QCoreApplication::translate("rd::ui", "ReleaseDesk cannot start"),
                         s.error().message());
        return 1;
    }
    closeWindowsOnTermination(qApp);
    applyTheme(Preferences::theme());
    std::unique_ptr<Session> session = UnlockDialog::obtainSession(
        nullptr, UnlockDialog::Mode::Open, parser.value(u"store"_s), parser.value(u"user"_s));
    if (!session)
        return 0;
    MainWindow window(std::move(session));
    window.show();
    return QApplication::exec();
}

} // namespace rd::ui
