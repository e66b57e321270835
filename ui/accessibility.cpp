// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace rd::ui {

void nameFieldLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->objectName().isEmpty() || !label->buddy() ||
            label->buddy()->objectName().isEmpty())
            continue;
        label->setObjectName(label->buddy()->objectName() + u"Label"_s);
    }
}

} // namespace rd::ui
