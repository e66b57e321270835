// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qc/trendanalysis.h"
#include "qc/trenddata.h"
#include "ui/qcustomplotinclude.h"

namespace rd::ui {

// A control chart drawn with QCustomPlot: the I chart over the MR chart sharing the batch axis,
// a Levey-Jennings chart, or a histogram with the specification limits and capability. It only
// draws what app/qc computed. Points that break a rule are drawn as red triangles (warnings as
// orange diamonds), not by colour alone; hover names the batch, click opens it.
class TrendChart : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Mode {
        IndividualsMovingRange,
        LeveyJennings,
        Histogram,
    };

    explicit TrendChart(QWidget *parent = nullptr);

    void setData(const qc::TrendSeries &series, const qc::TrendAnalysis &analysis, Mode mode);
    void clearChart(const QString &message);
    void resetView();
    Mode mode() const { return m_mode; }

    // The point under a widget position (within a few pixels), or −1.
    int pointAt(const QPointF &position) const;
    // Where point `index` is drawn, in widget coordinates (I or Levey-Jennings chart).
    QPointF positionOf(int index) const;
    QString tooltipFor(int index) const;
    // Labels of the horizontal lines drawn, e.g. "UCL 2291.2".
    QStringList lineLabels() const;
    int flaggedCount() const;

    // The chart drawn at width × height pixels, in memory: a PNG image at 96 dpi, or a vector
    // PDF of that many points. Files are then written by UserFiles::writeOutput alone (checked,
    // atomic, mode 0600), never by name through a temporary file beside them. Empty when the
    // chart cannot be drawn.
    QByteArray toPng(int width, int height);
    QByteArray toPdf(int width, int height, const QString &title);

    // Renders a chart to a PNG file (for `releasedesk trend --png`), written as above.
    static Status renderPng(const qc::TrendSeries &series, const qc::TrendAnalysis &analysis,
                            const QString &path);

signals:
    void pointActivated(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addLine(QCPAxisRect *rect, double y, const QString &label, const QPen &pen);
    void hover(QMouseEvent *event);
    void press(QMouseEvent *event);
    void thinMarks();
    void fitToScreen();
    QCPRange m_fittedX, m_fittedY;
    QRect m_fittedRect;

    struct Marks
    {
        QCPGraph *graph = nullptr;
        QVector<double> x, y; // every flagged point; the graph holds those drawn
    };
    QList<Marks> m_marks;

    qc::TrendSeries m_series;
    qc::TrendAnalysis m_analysis;
    Mode m_mode = Mode::IndividualsMovingRange;
    QCPAxisRect *m_main = nullptr;
    QCPAxisRect *m_mr = nullptr;
    QCPGraph *m_points = nullptr;
    QStringList m_lineLabels;
    int m_flagged = 0;
};

} // namespace rd::ui
