// SPDX-License-Identifier: GPL-3.0-or-later
// W6 documents: a Certificate of Analysis and the batch review report of a batch of 300 process
// steps (every tenth entered by hand, one exception each): built from the store, registered,
// laid out and written as PDF/A; median of 7.
#include "bench.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "reports/documentregistry.h"
#include "reports/renderer.h"
#include "reports/reportbuilder.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::bench {

int runDocuments(const Options &o)
{
    test::initTestProcess();
    const int steps = 300;
    const int runs = o.quick ? 3 : 7;
    test::TestStore store;
    DemoData::Batch b = test::cleanBatch(0);
    const QList<ProcessStep> base = b.record.steps;
    b.record.steps.clear();
    for (int i = 0; i < steps; ++i) {
        ProcessStep s = base.at(i % base.size());
        s.sequence = i + 1;
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
                              {}) ||
        !store.approveSpecifications()) {
        say(u"the batch could not be imported"_s);
        return 1;
    }
    for (const reports::DocumentKind kind :
         {reports::DocumentKind::CertificateOfAnalysis, reports::DocumentKind::ReviewReport}) {
        QList<double> totals;
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
            Result<reports::Renderer::Pdf> pdf =
                reports::Renderer::pdf(doc.value(), reports::Paper::A4);
            if (!pdf)
                return 1;
            totals << static_cast<double>(t.nsecsElapsed()) / 1e6;
            pages = pdf->pages;
        }
        std::sort(totals.begin(), totals.end());
        const bool coa = kind == reports::DocumentKind::CertificateOfAnalysis;
        Figure f;
        f.workload = u"W6"_s;
        f.name = coa ? u"Certificate of Analysis"_s : u"review report"_s;
        f.size = u"%1 steps, %2 results, %3 pages"_s.arg(steps).arg(b.results.size()).arg(pages);
        f.ms = totals.at(runs / 2);
        f.rate = u"median of %1, to PDF/A"_s.arg(runs);
        const double goal = coa ? 300 : 1500;
        f.goal = coa ? u"< 300 ms"_s : u"< 1.5 s"_s;
        f.met = f.ms < goal;
        report(f);
    }
    return 0;
}

} // namespace rd::bench
