// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliability/faultyvfs.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace rd::test {

namespace {

// One open file: our header, followed in the same allocation by the wrapped VFS's file.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    char label[64];
};

struct State
{
    std::mutex mutex;
    bool armed = false;
    FaultyVfs::Op op = FaultyVfs::Op::Read;
    int nth = 0;
    int code = SQLITE_IOERR;
    bool persistent = false;
    FaultyVfs::Counts counts;
    QString fired;
};

State &state()
{
    static State s;
    return s;
}

sqlite3_vfs g_shim;
sqlite3_vfs *g_real = nullptr;

sqlite3_file *realFile(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

// Counts a call; returns the code to fail it with, or SQLITE_OK to let it through.
int decide(FaultyVfs::Op op, const ShimFile *file)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (!s.armed)
        return SQLITE_OK;
    int &counter = op == FaultyVfs::Op::Read    ? s.counts.reads
                   : op == FaultyVfs::Op::Write ? s.counts.writes
                                                : s.counts.syncs;
    ++counter;
    s.counts.byFile[FaultyVfs::opName(op) + u' ' + QString::fromUtf8(file->label)] += 1;
    if (s.nth <= 0 || op != s.op)
        return SQLITE_OK;
    if (counter == s.nth || (s.persistent && counter > s.nth)) {
        if (s.fired.isEmpty()) {
            s.fired = u"%1 %2 #%3"_s.arg(FaultyVfs::opName(op), QString::fromUtf8(file->label))
                          .arg(counter);
        }
        return s.code;
    }
    return SQLITE_OK;
}

// --- sqlite3_io_methods ----------------------------------------------------------------------

int shimClose(sqlite3_file *f)
{
    sqlite3_file *real = realFile(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}

int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = decide(FaultyVfs::Op::Read, reinterpret_cast<ShimFile *>(f)))
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realFile(f);
    if (const int rc = decide(FaultyVfs::Op::Write, reinterpret_cast<ShimFile *>(f))) {
        // A torn write: the first half reaches the file, then the disk gives up.
        if (amount > 1)
            (void)real->pMethods->xWrite(real, buffer, amount / 2, offset);
        return rc;
    }
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xTruncate(real, size);
}

int shimSync(sqlite3_file *f, int flags)
{
    if (const int rc = decide(FaultyVfs::Op::Sync, reinterpret_cast<ShimFile *>(f)))
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xSync(real, flags);
}

int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xFileSize(real, size);
}

int shimLock(sqlite3_file *f, int level)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xLock(real, level);
}

int shimUnlock(sqlite3_file *f, int level)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xUnlock(real, level);
}

int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xCheckReservedLock(real, out);
}

int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xFileControl(real, op, arg);
}

int shimSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xSectorSize(real);
}

int shimDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xDeviceCharacteristics(real);
}

int shimShmMap(sqlite3_file *f, int page, int pageSize, int extend, void volatile **out)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xShmMap(real, page, pageSize, extend, out);
}

int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void shimShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = realFile(f);
    real->pMethods->xShmBarrier(real);
}

int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int shimFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xFetch(real, offset, amount, out);
}

int shimUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xUnfetch(real, offset, page);
}

// One method table per io_methods version, so that SQLite sees exactly the methods the wrapped
// file has (a version 1 file must not look as if it had shared memory).
sqlite3_io_methods makeMethods(int version)
{
    sqlite3_io_methods m{};
    m.iVersion = version;
    m.xClose = shimClose;
    m.xRead = shimRead;
    m.xWrite = shimWrite;
    m.xTruncate = shimTruncate;
    m.xSync = shimSync;
    m.xFileSize = shimFileSize;
    m.xLock = shimLock;
    m.xUnlock = shimUnlock;
    m.xCheckReservedLock = shimCheckReservedLock;
    m.xFileControl = shimFileControl;
    m.xSectorSize = shimSectorSize;
    m.xDeviceCharacteristics = shimDeviceCharacteristics;
    if (version >= 2) {
        m.xShmMap = shimShmMap;
        m.xShmLock = shimShmLock;
        m.xShmBarrier = shimShmBarrier;
        m.xShmUnmap = shimShmUnmap;
    }
    if (version >= 3) {
        m.xFetch = shimFetch;
        m.xUnfetch = shimUnfetch;
    }
    return m;
}

const sqlite3_io_methods g_methods[3] = {makeMethods(1), makeMethods(2), makeMethods(3)};

// --- sqlite3_vfs -----------------------------------------------------------------------------

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<ShimFile *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->real->pMethods = nullptr;
    QByteArray label = name ? QFileInfo(QString::fromUtf8(name)).fileName().toUtf8()
                            : QByteArrayLiteral("(temporary)");
    if (!name && (flags & SQLITE_OPEN_SUBJOURNAL))
        label = QByteArrayLiteral("(statement journal)");
    const qsizetype n = std::min<qsizetype>(label.size(), sizeof file->label - 1);
    std::copy_n(label.constData(), n, file->label);
    file->label[n] = '\0';

    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    const sqlite3_io_methods *real = file->real->pMethods;
    if (!real) {
        f->pMethods = nullptr;
        return rc;
    }
    f->pMethods = &g_methods[std::clamp(real->iVersion, 1, 3) - 1];
    return rc;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}

void shimDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}

void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void shimDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}

int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}

int shimSleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}

int shimGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError(g_real, size, out);
}

int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

int shimSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_real->xSetSystemCall(g_real, name, call);
}

sqlite3_syscall_ptr shimGetSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xGetSystemCall(g_real, name);
}

const char *shimNextSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xNextSystemCall(g_real, name);
}

} // namespace

bool FaultyVfs::install()
{
    static const bool installed = [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real)
            return false;
        sqlite3_vfs &v = g_shim;
        // Never claim a version the wrapped VFS lacks: SQLite would call methods it has not.
        v.iVersion = std::min(g_real->iVersion, 3);
        v.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
        v.mxPathname = g_real->mxPathname;
        v.zName = kName;
        v.xOpen = shimOpen;
        v.xDelete = shimDelete;
        v.xAccess = shimAccess;
        v.xFullPathname = shimFullPathname;
        v.xDlOpen = g_real->xDlOpen ? shimDlOpen : nullptr;
        v.xDlError = g_real->xDlError ? shimDlError : nullptr;
        v.xDlSym = g_real->xDlSym ? shimDlSym : nullptr;
        v.xDlClose = g_real->xDlClose ? shimDlClose : nullptr;
        v.xRandomness = shimRandomness;
        v.xSleep = shimSleep;
        v.xCurrentTime = shimCurrentTime;
        v.xGetLastError = g_real->xGetLastError ? shimGetLastError : nullptr;
        if (v.iVersion >= 2)
            v.xCurrentTimeInt64 = g_real->xCurrentTimeInt64 ? shimCurrentTimeInt64 : nullptr;
        if (v.iVersion >= 3) {
            v.xSetSystemCall = g_real->xSetSystemCall ? shimSetSystemCall : nullptr;
            v.xGetSystemCall = g_real->xGetSystemCall ? shimGetSystemCall : nullptr;
            v.xNextSystemCall = g_real->xNextSystemCall ? shimNextSystemCall : nullptr;
        }
        return sqlite3_vfs_register(&g_shim, 1) == SQLITE_OK;
    }();
    return installed && sqlite3_vfs_find(nullptr) == &g_shim;
}

void FaultyVfs::arm(Op op, int nth, int code, bool persistent)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.armed = true;
    s.op = op;
    s.nth = nth;
    s.code = code;
    s.persistent = persistent;
    s.counts = Counts();
    s.fired.clear();
}

void FaultyVfs::disarm()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.armed = false;
}

FaultyVfs::Counts FaultyVfs::counts()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.counts;
}

QString FaultyVfs::fired()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.fired;
}

QString FaultyVfs::opName(Op op)
{
    switch (op) {
    case Op::Read:
        return u"read"_s;
    case Op::Write:
        return u"write"_s;
    case Op::Sync:
        return u"sync"_s;
    }
    return {};
}

} // namespace rd::test
