// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace rd::test {

// One run of the real releasedesk binary, as a person at a terminal would start it.
struct CliRun
{
    int exitCode = -1; // -1 when it did not start, crashed or timed out
    bool timedOut = false;
    QString out;
    QString err; // without the line that announces the test-only key-derivation cost
};

struct CliOptions
{
    QByteArray input; // written to standard input, which is then closed
    int timeoutMs = 120000;
    QString binary;                             // the built binary (RELEASEDESK_BINARY) when empty
    QList<QPair<QString, QString>> environment; // set on top of the test's own
    std::function<void()> inChild;              // run in the child after it has left the terminal
};

// With the test-only key-derivation cost, in English and UTF-8, in a session of its own
// (no controlling terminal: a prompt must not wait for a person who is not there).
CliRun runCli(const QStringList &arguments, const CliOptions &options = {});

// The binary the tests run (RELEASEDESK_BINARY); empty when it is not set or not there.
QString cliBinary();

} // namespace rd::test
