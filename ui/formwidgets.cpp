// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/formwidgets.h"

using namespace Qt::StringLiterals;

namespace rd::ui {

FormMessage::FormMessage(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(u"QLabel { border-left: 4px solid #c0392b; padding: 4px 8px; }"_s);
    setVisible(false);
}

void FormMessage::showMessage(const QString &text)
{
    m_text = text;
    setText(u"<table><tr><td style=\"padding-right:6px\">⚠</td><td>%1</td></tr></table>"_s.arg(
        text.toHtmlEscaped()));
    setVisible(true);
}

void FormMessage::clearMessage()
{
    m_text.clear();
    clear();
    setVisible(false);
}

BusyBar::BusyBar(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 0);
    setTextVisible(false);
    setMaximumHeight(6);
    setVisible(false);
}

} // namespace rd::ui
