// SPDX-License-Identifier: GPL-3.0-or-later
// How long a Certificate of Analysis and a batch review report take for a batch of 300 process
// steps: built from the store, laid out and written as PDF/A (median of N runs).
//   bench_report [STEPS] [RUNS]
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "reports/documentregistry.h"
#include "reports/renderer.h"
#include "reports/reportbuilder.h"
#include "session/session.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rd;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    rd::test::initTestProcess();
    const int steps = argc > 1 ? std::atoi(argv[1]) : 300;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;

    rd::test::TestStore store;
    DemoData::Batch b = rd::test::cleanBatch(0);
    const QList<ProcessStep> base = b.record.steps;
    b.record.steps.clear();
    for (int i = 0; i < steps; ++i) {
        ProcessStep s = base.at(i % base.size());
        s.sequence = i + 1;
        // Every tenth step entered by hand: one exception each for the review report.
        s.manualEntry = i % 10 == 0;
        s.notes = s.manualEntry ? u"Transcribed from the paper log"_s : QString();
        b.record.steps << s;
    }
    std::unique_ptr<Session> admin = store.open();
    store.addUser(u"quinn"_s, Role::QcAnalyst);
    std::unique_ptr<Session> quinn = store.open(u"quinn"_s);
    if (!admin || !quinn ||
        !Importer(*admin).run(
            {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
             {u"batch.json"_s, Serializer::batchRecordDocument({b.record})}},
            {}) ||
        !Importer(*quinn).run({{u"results.csv"_s, Serializer::resultsCsvDocument(b.results)}},
                              {})) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }
    std::printf("batch %s: %d steps, %lld results\n", qPrintable(b.record.batchNumber), steps,
                static_cast<long long>(b.results.size()));
    for (const reports::DocumentKind kind :
         {reports::DocumentKind::CertificateOfAnalysis, reports::DocumentKind::ReviewReport}) {
        QList<qint64> build, render;
        int pages = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            reports::ReportRequest request;
            request.kind = kind;
            request.batchNumber = b.record.batchNumber;
            Result<reports::Document> doc = reports::ReportBuilder(*admin).build(request);
            if (!doc || !reports::DocumentRegistry(*admin).prepare(doc.value()))
                return 1;
            build << t.nsecsElapsed() / 1000;
            t.restart();
            Result<reports::Renderer::Pdf> pdf =
                reports::Renderer::pdf(doc.value(), reports::Paper::A4);
            if (!pdf)
                return 1;
            render << t.nsecsElapsed() / 1000;
            pages = pdf->pages;
        }
        std::sort(build.begin(), build.end());
        std::sort(render.begin(), render.end());
        std::printf("%-26s %2d page(s): build %6.1f ms, lay out and write PDF/A %6.1f ms, "
                    "total %6.1f ms (median of %d)\n",
                    qPrintable(reports::Documents::title(kind)), pages,
                    static_cast<double>(build.at(runs / 2)) / 1000.0,
                    static_cast<double>(render.at(runs / 2)) / 1000.0,
                    static_cast<double>(build.at(runs / 2) + render.at(runs / 2)) / 1000.0, runs);
    }
    return 0;
}
