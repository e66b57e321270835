// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "qc/trendrequest.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace rd {
class Session;
}

namespace rd::reports {

// Which document, of what: a batch's certificate or report, an audit-trail report of a batch or
// of the whole store (filtered), or a trend report. Kept with every issued document, so that
// verify-document can build it again from the record as it is now.
struct ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(rd::reports::ReportRequest)

public:
    DocumentKind kind = DocumentKind::CertificateOfAnalysis;
    QString batchNumber;
    // Audit-trail report filters: days (UTC, inclusive), user name, action id; and the last
    // event it covers (0: the newest when built).
    QDate from;
    QDate to;
    QString user;
    QString action;
    qint64 upToSeq = 0;
    qc::TrendRequest trend;
    // The language it is printed in (Languages::codes()), whatever the screen speaks.
    QString language = QStringLiteral("en");

    Status validate() const;
    QJsonObject toJson() const;
    static Result<ReportRequest> fromJson(const QJsonObject &o);
};

// Builds release documents from the store (docs/DESIGN.md section 11): the Certificate of Analysis,
// the batch release certificate (with the certificate of analysis appended), the batch review
// report, the audit-trail report and the trend report. Read-only; any signed-in user may print.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rd::reports::ReportBuilder)

public:
    // A store-wide audit-trail report lists at most this many events.
    static constexpr qint64 kMaxAuditEvents = 20000;

    explicit ReportBuilder(Session &session);
    Result<Document> build(const ReportRequest &request) const;

private:
    Session &m_session;
};

} // namespace rd::reports
