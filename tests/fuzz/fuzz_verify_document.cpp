// SPDX-License-Identifier: GPL-3.0-or-later
// `releasedesk verify-document FILE.pdf --store STORE`: the document id read from the PDF, and
// the whole check against the register, the record and the audit trail of a store.
// The store is a copy of RELEASEDESK_FUZZ_STORE (a demo store that issued the seed PDFs; see
// tests/fuzz/run.sh), opened as RELEASEDESK_FUZZ_USER (default auditor) with the demo password,
// or an empty store when it is not set.
#include "fuzzsupport.h"
#include "reports/documentregistry.h"
#include "reports/renderer.h"
#include "session/demo.h"
#include "session/session.h"
#include "support/teststore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<rd::test::TestStore> emptyStore;
    std::unique_ptr<rd::Session> session;
    QString pdfPath;
};

std::unique_ptr<Fixture> makeFixture()
{
    auto f = std::make_unique<Fixture>();
    if (!f->dir.isValid())
        rd::fuzz::fail("no temporary folder", f->dir.errorString());
    f->pdfPath = f->dir.filePath(u"document.pdf"_s);
    const QString given = qEnvironmentVariable("RELEASEDESK_FUZZ_STORE");
    if (given.isEmpty()) {
        f->emptyStore = std::make_unique<rd::test::TestStore>();
        f->session = f->emptyStore->open();
    } else {
        // A copy: opening a store and verifying write to it, and two fuzzers may share one.
        const QString copy = f->dir.filePath(u"Fuzz.rdstore"_s);
        QDir().mkpath(copy);
        const QDir source(given);
        for (const QString &name : source.entryList(QDir::Files)) {
            if (!QFile::copy(source.filePath(name), copy + u'/' + name))
                rd::fuzz::fail("cannot copy the store", source.filePath(name));
        }
        const QString user = qEnvironmentVariable("RELEASEDESK_FUZZ_USER", u"auditor"_s);
        rd::Result<std::unique_ptr<rd::Session>> opened = rd::Session::open(
            copy, user, rd::SecureBytes::fromUtf8(QString::fromLatin1(rd::DemoStore::kPassword)));
        if (!opened)
            rd::fuzz::fail("cannot open the store", opened.error().message());
        f->session = std::move(opened).value();
    }
    if (!f->session)
        rd::fuzz::fail("cannot open the store", QString());
    return f;
}

Fixture &fixture()
{
    static const std::unique_ptr<Fixture> f = makeFixture();
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initProcess(argc, argv);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rd::fuzz::bytesOf(data, size);
    (void)rd::reports::Renderer::documentIdOfPdf(bytes);

    Fixture &f = fixture();
    QFile file(f.pdfPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        rd::fuzz::fail("cannot write the input", file.errorString());
    file.close();
    rd::Result<rd::reports::DocumentCheck> check =
        rd::reports::DocumentRegistry(*f.session).verifyPdf(f.pdfPath);
    if (check) {
        if (check->findings.isEmpty())
            rd::fuzz::fail("verify-document found nothing to say", QString());
        if (check->ok() && !bytes.startsWith("%PDF-"))
            rd::fuzz::fail("verify-document accepted a file that is not a PDF", QString());
    }
    return 0;
}
