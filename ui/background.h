// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <new>
#include <optional>

namespace rd::ui {

// Runs slow work (Argon2id, verification) on a pool thread and hands the result back on the
// GUI thread, so the window never freezes. The result may be move-only (Result<SecureBytes>).
// T must be constructible from an Error (Result<...> or Status). The work must not touch widgets;
// core calls that use the store get their own connection (see ThreadConnection).
class Background
{
public:
    template<class T>
    static void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        auto *watcher = new QFutureWatcher<void>(context);
        QObject::connect(watcher, &QFutureWatcher<void>::finished, context,
                         [watcher, result, done = std::move(done)]() {
                             watcher->deleteLater();
                             done(std::move(**result));
                         });
        s_running.fetch_add(1);
        watcher->setFuture(QtConcurrent::run(pool(), [result, work = std::move(work)]() {
            try {
                result->emplace(work());
            } catch (const std::bad_alloc &) {
                // Out of locked memory (see SecureBytes): report it like any other failure.
                result->emplace(Error(ErrorCode::Failed,
                                      QCoreApplication::translate(
                                          "rd::ui", "Not enough memory to finish the task.")));
            }
            s_running.fetch_sub(1);
        }));
    }

    // How many tasks are running; the session is not ended while any is.
    static int running() { return s_running.load(); }

    // The threads the tasks run on: a pool of their own, not Qt's global one, because Qt's
    // raster painting hands work to the global pool and waits for it; a long task there froze
    // every repaint of the window until it ended.
    static QThreadPool *pool()
    {
        static QThreadPool *threads = [] {
            auto *p = new QThreadPool; // lives as long as the process, like the global pool
            p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
            return p;
        }();
        return threads;
    }

private:
    static inline std::atomic<int> s_running{0};
};

} // namespace rd::ui
