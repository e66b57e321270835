// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends page on real widgets: a product's potency series with its limits and the
// demo's shift flagged, hover text, a click on a flagged point opening that batch in the
// queue, keyboard zoom and reset, the histogram with capability, exports, and an
// administrator making the rules the out-of-trend rules of review.
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "qc/controlstats.h"
#include "qc/ootrules.h"
#include "session/session.h"
#include "support/teststore.h"
#include "support/widgets.h"
#include "ui/batchview.h"
#include "ui/mainwindow.h"
#include "ui/queuepage.h"
#include "ui/trendspage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::ui;
using rd::test::child;

namespace {

class DemoStore
{
public:
    DemoStore()
    {
        const DemoData demo(300, 3);
        QList<BatchRecord> records;
        QList<QcResult> results;
        for (int i = 0; i < demo.batchCount(); ++i) {
            DemoData::Batch b = demo.batch(i);
            records << b.record;
            results << b.results;
        }
        ok = store.addUser(u"quinn"_s, Role::QcAnalyst);
        std::unique_ptr<Session> admin = store.open();
        ok = ok && Importer(*admin)
                       .run({{u"specs.json"_s,
                              Serializer::specificationDocument(DemoData::specifications())},
                             {u"batches.json"_s, Serializer::batchRecordDocument(records)}},
                            {})
                       .ok();
        admin.reset();
        ok = ok && store.approveSpecifications();
        std::unique_ptr<Session> quinn = store.open(u"quinn"_s);
        ok = ok && Importer(*quinn)
                       .run({{u"results.csv"_s, Serializer::resultsCsvDocument(results)}}, {})
                       .ok();
    }
    rd::test::TestStore store;
    bool ok = false;
};

TrendsPage *openTrends(MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window) || !window.showPage(u"trendsPage"_s))
        return nullptr;
    return window.findChild<TrendsPage *>();
}

} // namespace

class tst_GuiTrends : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { rd::test::initTestProcess(); }
    void chartFlagsAndOpensBatches();
    void histogramExportsAndOotRules();
};

void tst_GuiTrends::chartFlagsAndOpensBatches()
{
    DemoStore s;
    QVERIFY(s.ok);
    MainWindow window(s.store.open(u"quinn"_s));
    // The page reads nothing until it is first shown: the queue does not wait for a series.
    auto *hidden = window.findChild<TrendsPage *>();
    QVERIFY(hidden);
    QVERIFY(hidden->series().points.isEmpty());
    auto *products = hidden->findChild<QComboBox *>(u"trendProduct"_s);
    QVERIFY(products);
    QCOMPARE(products->count(), 0);
    TrendsPage *page = openTrends(window);
    QVERIFY(page);
    QVERIFY(products->count() > 0);
    QVERIFY(page->select(u"RD-CD19"_s, u"POTENCY"_s));
    QVERIFY2(page->message().isEmpty(), qPrintable(page->message()));
    TrendChart *chart = page->chart();
    QVERIFY(page->series().points.size() > 50);
    const QString labels = chart->lineLabels().join(u'|');
    for (const QString &l : {u"UCL "_s, u"CL "_s, u"LCL "_s, u"LSL "_s, u"+2 SD"_s, u"−1 SD"_s})
        QVERIFY2(labels.contains(l), qPrintable(labels));
    // The demo's potency shift at one site breaks the Nelson tests.
    QVERIFY(chart->flaggedCount() > 0);
    QVERIFY(page->violationsTable()->rowCount() > 0);
    QVERIFY(page->summaryText().contains(u"violation"_s));

    // The first flagged point: its tooltip, then a click opens its batch in the queue.
    int flagged = -1;
    for (qsizetype i = 0; i < page->analysis().rulesAt.size() && flagged < 0; ++i) {
        if (!page->analysis().rulesAt.at(i).isEmpty())
            flagged = static_cast<int>(i);
    }
    QVERIFY(flagged >= 0);
    const QString batch = page->series().points.at(flagged).batchNumber;
    QVERIFY(chart->tooltipFor(flagged).contains(batch));
    QVERIFY(chart->tooltipFor(flagged).contains(u"Violates: Nelson"_s));
    const QPointF at = chart->positionOf(flagged);
    QCOMPARE(chart->pointAt(at), flagged);
    QTest::mouseClick(chart, Qt::LeftButton, {}, at.toPoint());
    auto *queue = window.findChild<QueuePage *>();
    QTRY_VERIFY(queue->isShowingBatch());
    QCOMPARE(queue->batchView()->batchNumber(), batch);

    // Keyboard zoom and reset.
    QVERIFY(window.showPage(u"trendsPage"_s));
    chart->setFocus();
    const QCPRange full = chart->axisRect(0)->axis(QCPAxis::atBottom)->range();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(chart->axisRect(0)->axis(QCPAxis::atBottom)->range().size() < full.size());
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->axisRect(0)->axis(QCPAxis::atBottom)->range().size(), full.size());
}

void tst_GuiTrends::histogramExportsAndOotRules()
{
    DemoStore s;
    QVERIFY(s.ok);
    MainWindow window(s.store.open());
    TrendsPage *page = openTrends(window);
    QVERIFY(page);
    QVERIFY(page->select(u"RD-CD19"_s, u"VIAB"_s));
    // Baselines: the first 20 points, frozen under a name, then used for Levey-Jennings.
    page->setChart(TrendChart::Mode::LeveyJennings);
    page->setBaselineFirst(20);
    QCOMPARE(page->analysis().baselinePoints, 20);
    QVERIFY2(page->freezeAs(u"launch lots"_s), qPrintable(page->message()));
    page->setBaselineFirst(20);
    QVERIFY(!page->freezeAs(u"launch lots"_s)); // a name is used once
    QVERIFY(page->message().contains(u"exists already"_s));
    QVERIFY(page->setBaselineFrozen(u"launch lots"_s));
    QCOMPARE(page->analysis().baselinePoints, 20);
    const qc::Baseline first20 = qc::ControlStats::baseline(page->series().values().first(20));
    QCOMPARE(page->analysis().centre, first20.mean);
    const QDate from = page->series().points.at(5).manufacturedAt.date();
    const QDate to = page->series().points.at(14).manufacturedAt.date();
    page->setBaselineDates(from, to);
    QVERIFY(page->analysis().baselinePoints >= 10);
    page->setChart(TrendChart::Mode::Histogram);
    QVERIFY2(page->summaryText().contains(u"Cpk"_s), qPrintable(page->summaryText()));
    QVERIFY(page->chart()->lineLabels().join(u'|').contains(u"LSL"_s));

    QTemporaryDir dir;
    for (const QString &name : {u"chart.png"_s, u"chart.pdf"_s, u"points.csv"_s})
        QVERIFY2(page->exportTo(dir.filePath(name)), qPrintable(page->message()));
    QFile pdf(dir.filePath(u"chart.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile png(dir.filePath(u"chart.png"_s));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    QFile csv(dir.filePath(u"points.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("index,batch,site"));
    QCOMPARE(lines.size() - 2, page->series().points.size()); // header and the final newline

    // The administrator makes the chosen rules the out-of-trend rules of review.
    page->setRules({qc::Rule::Nelson1, qc::Rule::Nelson2});
    QTest::mouseClick(child<QPushButton>(page, u"trendUseAsOot"_s), Qt::LeftButton);
    QVERIFY2(page->message().isEmpty(), qPrintable(page->message()));
    const QList<qc::OotSetting> set = qc::OotRules(*window.session()).all().value();
    QCOMPARE(set.size(), qsizetype(1));
    QCOMPARE(set.first().test, u"VIAB"_s);
    QCOMPARE(set.first().rules, (QList<qc::Rule>{qc::Rule::Nelson1, qc::Rule::Nelson2}));
}

QTEST_MAIN(tst_GuiTrends)
#include "tst_gui_trends.moc"
