// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/chartrenderer.h"

namespace rd::qc {

namespace {
ChartRenderer &slot()
{
    static ChartRenderer renderer;
    return renderer;
}
} // namespace

void setChartRenderer(ChartRenderer renderer)
{
    slot() = std::move(renderer);
}

const ChartRenderer &chartRenderer()
{
    return slot();
}

} // namespace rd::qc
