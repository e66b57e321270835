// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include "core/runtime.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/unlockdialog.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace rd::ui {

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
    std::unique_ptr<Session> session = UnlockDialog::obtainSession(
        nullptr, UnlockDialog::Mode::Open, parser.value(u"store"_s), parser.value(u"user"_s));
    if (!session)
        return 0;
    MainWindow window(std::move(session));
    window.show();
    return QApplication::exec();
}

} // namespace rd::ui
