// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString g_systemStyle;
QPalette g_systemPalette;
bool g_remembered = false;

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

void applyTheme(Preferences::Theme theme)
{
    if (!g_remembered) {
        g_systemStyle = QApplication::style()->name();
        g_systemPalette = QApplication::palette();
        g_remembered = true;
    }
    if (theme == Preferences::Theme::System) {
        QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (theme == Preferences::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, disabled);
    }
    QApplication::setPalette(dark);
}

QColor statusColour(StatusTone tone)
{
    // Both sets keep at least 4.5:1 contrast against their background (WCAG AA).
    const bool dark = isDark();
    switch (tone) {
    case StatusTone::Alarm:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case StatusTone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
    case StatusTone::Good:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x34);
    }
    return QApplication::palette().color(QPalette::WindowText);
}

QString statusStyle(StatusTone tone)
{
    return u"color: %1;"_s.arg(statusColour(tone).name());
}

} // namespace rd::ui
