// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "qc/rules.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rd {
class Session;
}

namespace rd::qc {

struct OotSetting
{
    QString product;
    QString test;
    QList<Rule> rules;
    QString setBy;
    QDateTime setAt;
};

// Which control-chart rules make an out-of-trend exception, per product and test. Chosen by an
// administrator (audited); read by everyone, and by the review for every batch.
class OotRules
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::OotRules)

public:
    explicit OotRules(Session &session);

    Result<QList<OotSetting>> all() const;
    Result<QList<OotSetting>> forProduct(const QString &product) const;
    // An empty list switches the check off for that test.
    Status set(const QString &product, const QString &test, const QList<Rule> &rules);

    static QString rulesText(const QList<Rule> &rules);

private:
    Session &m_session;
};

} // namespace rd::qc
