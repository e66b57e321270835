// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trendchart.h"

#include "core/clock.h"
#include "core/userfiles.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

const QColor kPoint(0x1f, 0x5f, 0xa8);
const QColor kViolation(0xb0, 0x00, 0x20);
const QColor kWarning(0xc0, 0x6a, 0x00);
const QColor kLimit(0xb0, 0x00, 0x20);
const QColor kCentre(0x20, 0x70, 0x30);
const QColor kSpec(0x6a, 0x1b, 0x9a);
const QColor kBand(0x88, 0x88, 0x88);

QString numberText(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(u"trendChart"_s);
    setAccessibleName(tr("Control chart"));
    setFocusPolicy(Qt::StrongFocus);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, &TrendChart::hover);
    connect(this, &QCustomPlot::mousePress, this, &TrendChart::press);
    // Markers and point circles depend on where things land on screen: settled once the
    // layout is, before drawing.
    connect(this, &QCustomPlot::afterLayout, this, &TrendChart::fitToScreen);
    clearChart(tr("Choose a product and a test."));
}

void TrendChart::clearChart(const QString &message)
{
    clearPlottables();
    clearItems();
    plotLayout()->clear();
    m_main = new QCPAxisRect(this);
    plotLayout()->addElement(0, 0, m_main);
    m_mr = nullptr;
    m_points = nullptr;
    m_marks.clear();
    m_lineLabels.clear();
    m_flagged = 0;
    m_series = {};
    m_analysis = {};
    auto *text = new QCPItemText(this);
    text->setClipAxisRect(m_main);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setAxisRect(m_main);
    text->position->setCoords(0.5, 0.5);
    text->setText(message);
    replot();
}

void TrendChart::addLine(QCPAxisRect *rect, double y, const QString &label, const QPen &pen)
{
    auto *line = new QCPItemStraightLine(this);
    line->setClipAxisRect(rect);
    line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(pen);
    // The label sits at the right edge of the plot, on the line.
    auto *text = new QCPItemText(this);
    text->setClipAxisRect(rect);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setTypeY(QCPItemPosition::ptPlotCoords);
    text->position->setAxisRect(rect);
    text->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    text->position->setCoords(1.0, y);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    text->setText(label);
    text->setColor(pen.color());
    text->setClipToAxisRect(true);
    m_lineLabels << label;
}

void TrendChart::setData(const qc::TrendSeries &series, const qc::TrendAnalysis &analysis,
                         Mode mode)
{
    clearPlottables();
    clearItems();
    plotLayout()->clear();
    m_series = series;
    m_analysis = analysis;
    m_mode = mode;
    m_lineLabels.clear();
    m_flagged = 0;
    m_marks.clear();
    m_main = new QCPAxisRect(this);
    plotLayout()->addElement(0, 0, m_main);
    m_mr = nullptr;
    m_points = nullptr;
    const qsizetype n = series.points.size();
    const QString unit = series.unit.isEmpty() ? QString() : u" ("_s + series.unit + u')';

    if (mode == Mode::Histogram) {
        const QList<double> values = series.values();
        if (values.isEmpty()) {
            clearChart(tr("No points."));
            return;
        }
        const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
        const int bins = std::max(5, static_cast<int>(std::ceil(std::log2(double(n)) + 1)));
        const double width = *hi > *lo ? (*hi - *lo) / bins : 1.0;
        QVector<double> keys(bins), counts(bins, 0);
        for (int b = 0; b < bins; ++b)
            keys[b] = *lo + width * (b + 0.5);
        for (const double v : values)
            counts[std::min(bins - 1, static_cast<int>((v - *lo) / width))] += 1;
        auto *bars = new QCPBars(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
        bars->setName(tr("Batches"));
        bars->setWidth(width * 0.95);
        bars->setData(keys, counts, true);
        bars->setPen(QPen(kPoint));
        bars->setBrush(QColor(0x1f, 0x5f, 0xa8, 90));
        m_main->axis(QCPAxis::atBottom)->setLabel(series.test + unit);
        m_main->axis(QCPAxis::atLeft)->setLabel(tr("Batches"));
        // Specification limits as vertical lines.
        for (const auto &[limit, label] :
             {std::pair{series.lower, tr("LSL")}, std::pair{series.upper, tr("USL")}}) {
            if (!limit)
                continue;
            auto *line = new QCPItemStraightLine(this);
            line->setClipAxisRect(m_main);
            line->point1->setAxes(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
            line->point2->setAxes(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
            line->point1->setCoords(*limit, 0);
            line->point2->setCoords(*limit, 1);
            line->setPen(QPen(kSpec, 2, Qt::DashLine));
            auto *text = new QCPItemText(this);
            text->position->setTypeX(QCPItemPosition::ptPlotCoords);
            text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            text->position->setAxisRect(m_main);
            text->position->setAxes(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
            text->position->setCoords(*limit, 0.02);
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            text->setText(u" %1 %2"_s.arg(label, numberText(*limit)));
            text->setColor(kSpec);
            m_lineLabels << text->text().trimmed();
        }
        const qc::Capability &c = analysis.capability;
        auto *figures = new QCPItemText(this);
        figures->position->setType(QCPItemPosition::ptAxisRectRatio);
        figures->position->setAxisRect(m_main);
        figures->position->setCoords(0.98, 0.02);
        figures->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        figures->setTextAlignment(Qt::AlignRight);
        const auto fig = [](const std::optional<double> &v) {
            return v ? QLocale().toString(*v, 'f', 2) : tr("n/a");
        };
        figures->setText(c.valid() ? tr("n = %1\nCp %2   Cpk %3\nPp %4   Ppk %5")
                                         .arg(c.n)
                                         .arg(fig(c.cp), fig(c.cpk), fig(c.pp), fig(c.ppk))
                                   : c.problem);
        rescaleAxes();
        double xlo = *lo - width, xhi = *hi + width;
        if (series.lower)
            xlo = std::min(xlo, *series.lower - width);
        if (series.upper)
            xhi = std::max(xhi, *series.upper + width);
        m_main->axis(QCPAxis::atBottom)->setRange(xlo, xhi);
        m_main->axis(QCPAxis::atLeft)->setRangeLower(0);
        replot();
        return;
    }

    // The I (or Levey-Jennings) chart.
    QVector<double> x(n), y(n);
    QVector<double> fx, fy, wx, wy;
    for (qsizetype i = 0; i < n; ++i) {
        x[i] = double(i + 1);
        y[i] = series.points.at(i).value;
        const QList<qc::Rule> &rules = analysis.rulesAt.value(i);
        if (rules.isEmpty())
            continue;
        const bool onlyWarning = std::all_of(rules.cbegin(), rules.cend(), qc::Rules::isWarning);
        (onlyWarning ? wx : fx) << x[i];
        (onlyWarning ? wy : fy) << y[i];
    }
    m_flagged = static_cast<int>(fx.size() + wx.size());
    QCPAxis *bottom = m_main->axis(QCPAxis::atBottom);
    QCPAxis *left = m_main->axis(QCPAxis::atLeft);
    m_points = new QCPGraph(bottom, left);
    m_points->setName(tr("Batches"));
    m_points->setData(x, y, true);
    m_points->setPen(QPen(kPoint, 1));
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kPoint, 4));
    m_points->setAdaptiveSampling(true);
    const auto marks = [&](QCPScatterStyle::ScatterShape shape, const QColor &color,
                           const QString &name) {
        auto *g = new QCPGraph(bottom, left);
        g->setName(name);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(shape, color, color, 9));
        return g;
    };
    m_marks = {{marks(QCPScatterStyle::ssTriangle, kViolation, tr("Rule violated (▲)")), fx, fy},
               {marks(QCPScatterStyle::ssDiamond, kWarning, tr("Warning only (◆)")), wx, wy}};

    bottom->setLabel(tr("Batch, in order of manufacture"));
    left->setLabel(series.test + unit);

    if (analysis.valid()) {
        const double c = analysis.centre, s = analysis.sigma;
        const bool lj = mode == Mode::LeveyJennings;
        addLine(m_main, c, (lj ? tr("Mean %1") : tr("CL %1")).arg(numberText(c)),
                QPen(kCentre, 1.5));
        addLine(m_main, analysis.ucl,
                (lj ? tr("+3 SD %1") : tr("UCL %1")).arg(numberText(analysis.ucl)),
                QPen(kLimit, 1.5));
        addLine(m_main, analysis.lcl,
                (lj ? tr("−3 SD %1") : tr("LCL %1")).arg(numberText(analysis.lcl)),
                QPen(kLimit, 1.5));
        for (const int k : {1, 2}) {
            addLine(m_main, c + k * s, tr("+%1 SD").arg(k), QPen(kBand, 1, Qt::DotLine));
            addLine(m_main, c - k * s, tr("−%1 SD").arg(k), QPen(kBand, 1, Qt::DotLine));
        }
    }
    if (series.lower)
        addLine(m_main, *series.lower, tr("LSL %1").arg(numberText(*series.lower)),
                QPen(kSpec, 1.5, Qt::DashLine));
    if (series.upper)
        addLine(m_main, *series.upper, tr("USL %1").arg(numberText(*series.upper)),
                QPen(kSpec, 1.5, Qt::DashLine));

    if (mode == Mode::IndividualsMovingRange) {
        m_mr = new QCPAxisRect(this);
        plotLayout()->addElement(1, 0, m_mr);
        plotLayout()->setRowStretchFactor(0, 3);
        plotLayout()->setRowStretchFactor(1, 1);
        auto *group = new QCPMarginGroup(this);
        m_main->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        m_mr->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        QVector<double> mx, my;
        for (qsizetype i = 0; i < analysis.movingRanges.size(); ++i) {
            mx << double(i + 2);
            my << analysis.movingRanges.at(i);
        }
        auto *mr = new QCPGraph(m_mr->axis(QCPAxis::atBottom), m_mr->axis(QCPAxis::atLeft));
        mr->setName(tr("Moving range"));
        mr->setData(mx, my, true);
        mr->setPen(QPen(kPoint, 1));
        mr->setAdaptiveSampling(true);
        m_mr->axis(QCPAxis::atLeft)->setLabel(tr("MR"));
        if (analysis.valid()) {
            addLine(m_mr, analysis.imr.mrBar, tr("MR̄ %1").arg(numberText(analysis.imr.mrBar)),
                    QPen(kCentre, 1.5));
            addLine(m_mr, analysis.imr.mrUcl, tr("UCL %1").arg(numberText(analysis.imr.mrUcl)),
                    QPen(kLimit, 1.5));
        }
        // One batch axis for both charts.
        connect(bottom, qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
                m_mr->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
        connect(m_mr->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
                bottom, qOverload<const QCPRange &>(&QCPAxis::setRange));
    }
    resetView();
}

QByteArray TrendChart::toPng(int width, int height)
{
    QImage image = toPixmap(width, height).toImage();
    if (image.isNull())
        return {};
    // 96 dots per inch, what QCustomPlot's own PNG export records.
    const int dotsPerMeter = qRound(96 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray TrendChart::toPdf(int width, int height, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(u"ReleaseDesk"_s);
        writer.setTitle(title);
        // One page exactly the chart's size, one point per pixel of the chart; at the screen's
        // resolution, as the chart is laid out for the screen, so that text keeps its size.
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&writer))
            return {};
        painter.setMode(QCPPainter::pmVectorized);
        // Lines keep their width when the page is scaled or zoomed, not one device pixel.
        painter.setMode(QCPPainter::pmNonCosmetic);
        painter.setWindow(0, 0, width, height);
        toPainter(&painter, width, height);
        painter.end();
    }
    return bytes;
}

Status TrendChart::renderPng(const qc::TrendSeries &series, const qc::TrendAnalysis &analysis,
                             const QString &path)
{
    TrendChart chart;
    chart.resize(1600, 1000);
    chart.setData(series, analysis,
                  analysis.chart == qc::ChartKind::LeveyJennings ? Mode::LeveyJennings
                                                                 : Mode::IndividualsMovingRange);
    const QByteArray png = chart.toPng(1600, 1000);
    if (png.isEmpty())
        return Error(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    return UserFiles::writeOutput(path, png);
}

void TrendChart::resetView()
{
    if (!m_points) {
        replot();
        return;
    }
    const qsizetype n = m_series.points.size();
    m_main->axis(QCPAxis::atBottom)->setRange(0, double(n + 1));
    bool found = false;
    QCPRange yr = m_points->getValueRange(found);
    const auto include = [&yr](double v) { yr.expand(v); };
    if (m_analysis.valid()) {
        include(m_analysis.ucl);
        include(m_analysis.lcl);
    }
    if (m_series.lower)
        include(*m_series.lower);
    if (m_series.upper)
        include(*m_series.upper);
    const double pad = std::max(yr.size() * 0.06, 1e-9);
    m_main->axis(QCPAxis::atLeft)->setRange(yr.lower - pad, yr.upper + pad);
    if (m_mr) {
        m_mr->axis(QCPAxis::atBottom)->setRange(0, double(n + 1));
        double top = m_analysis.valid() ? m_analysis.imr.mrUcl : 0;
        for (const double v : m_analysis.movingRanges)
            top = std::max(top, v);
        m_mr->axis(QCPAxis::atLeft)->setRange(0, top * 1.1 + 1e-9);
    }
    m_fittedRect = QRect();
    replot();
}

void TrendChart::fitToScreen()
{
    if (!m_points || !m_main)
        return;
    const QCPRange x = m_main->axis(QCPAxis::atBottom)->range();
    const QCPRange y = m_main->axis(QCPAxis::atLeft)->range();
    const QRect rect = m_main->rect();
    if (x == m_fittedX && y == m_fittedY && rect == m_fittedRect)
        return;
    m_fittedX = x;
    m_fittedY = y;
    m_fittedRect = rect;
    // Circles on every point only where they can be told apart; the line carries the rest.
    const bool sparse = std::max(1.0, x.size()) < rect.width() / 4.0;
    m_points->setScatterStyle(sparse ? QCPScatterStyle(QCPScatterStyle::ssCircle, kPoint, 4)
                                     : QCPScatterStyle(QCPScatterStyle::ssNone));
    thinMarks();
}

void TrendChart::thinMarks()
{
    // A marker per 6-pixel spot on screen (markers are 9 pixels wide): thousands of flagged points
    // over a few hundred pixels would otherwise be drawn one over the other, slowly.
    if (!m_main)
        return;
    const QCPAxis *bottom = m_main->axis(QCPAxis::atBottom);
    const QCPAxis *left = m_main->axis(QCPAxis::atLeft);
    const QCPRange visible = bottom->range();
    for (Marks &m : m_marks) {
        QVector<double> x, y;
        QSet<quint64> spots;
        for (qsizetype i = 0; i < m.x.size(); ++i) {
            if (!visible.contains(m.x.at(i)))
                continue;
            const auto px =
                static_cast<quint64>(std::max(0.0, bottom->coordToPixel(m.x.at(i)) / 6));
            const auto py = static_cast<quint64>(std::max(0.0, left->coordToPixel(m.y.at(i)) / 6));
            if (spots.contains(px << 32 | py))
                continue;
            spots.insert(px << 32 | py);
            x << m.x.at(i);
            y << m.y.at(i);
        }
        m.graph->setData(x, y, true);
    }
}

int TrendChart::pointAt(const QPointF &position) const
{
    if (!m_points || m_series.points.isEmpty())
        return -1;
    const QCPAxis *bottom = m_main->axis(QCPAxis::atBottom);
    const QCPAxis *left = m_main->axis(QCPAxis::atLeft);
    if (!m_main->rect().contains(position.toPoint()))
        return -1;
    const double key = bottom->pixelToCoord(position.x());
    // The nearest batch by its place in the order, then close enough on screen.
    const qsizetype n = m_series.points.size();
    const qsizetype centre = std::clamp<qsizetype>(qsizetype(std::lround(key)) - 1, 0, n - 1);
    int best = -1;
    double bestDistance = 8.0;
    const qsizetype span = std::max<qsizetype>(
        2, qsizetype(bottom->range().size() / std::max(1, m_main->width()) * 8) + 1);
    for (qsizetype i = std::max<qsizetype>(0, centre - span); i <= std::min(n - 1, centre + span);
         ++i) {
        const QPointF p(bottom->coordToPixel(double(i + 1)),
                        left->coordToPixel(m_series.points.at(i).value));
        const double d = std::hypot(p.x() - position.x(), p.y() - position.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

QPointF TrendChart::positionOf(int index) const
{
    if (!m_points || index < 0 || index >= m_series.points.size())
        return {};
    return {m_main->axis(QCPAxis::atBottom)->coordToPixel(double(index + 1)),
            m_main->axis(QCPAxis::atLeft)->coordToPixel(m_series.points.at(index).value)};
}

QString TrendChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_series.points.size())
        return {};
    const qc::TrendPoint &p = m_series.points.at(index);
    QStringList rules;
    for (const qc::Rule r : m_analysis.rulesAt.value(index))
        rules << qc::Rules::name(r);
    return tr("Batch %1 (%2)\n%3: %4 %5\nMade %6\n%7")
        .arg(p.batchNumber, p.site, m_series.test, p.valueText, m_series.unit,
             toLocalDisplay(p.manufacturedAt),
             rules.isEmpty() ? tr("No rule violated")
                             : tr("Violates: %1").arg(rules.join(u", "_s)));
}

QStringList TrendChart::lineLabels() const
{
    return m_lineLabels;
}

int TrendChart::flaggedCount() const
{
    return m_flagged;
}

void TrendChart::hover(QMouseEvent *event)
{
    const int i = pointAt(event->position());
    if (i < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(i), this);
}

void TrendChart::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int i = pointAt(event->position());
    if (i >= 0)
        emit pointActivated(i);
}

void TrendChart::keyPressEvent(QKeyEvent *event)
{
    if (!m_points) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    QCPAxis *bottom = m_main->axis(QCPAxis::atBottom);
    const QCPRange r = bottom->range();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        bottom->scaleRange(0.7, r.center());
        break;
    case Qt::Key_Minus:
        bottom->scaleRange(1 / 0.7, r.center());
        break;
    case Qt::Key_Left:
        bottom->moveRange(-r.size() * 0.2);
        break;
    case Qt::Key_Right:
        bottom->moveRange(r.size() * 0.2);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        return;
    default:
        QCustomPlot::keyPressEvent(event);
        return;
    }
    replot();
}

} // namespace rd::ui
