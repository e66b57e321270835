// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/demo.h"

#include "accounts/accountservice.h"
#include "core/clock.h"
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "qc/ootrules.h"
#include "records/sites.h"
#include "review/specificationservice.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr int kChunk = 500;
// users(): the first laboratory analyst, who imports the results.
constexpr qsizetype kLaboratory = 5;

QString chunkName(const char *what, int chunk, const char *suffix)
{
    return u"demo-%1-%2.%3"_s.arg(QLatin1StringView(what))
        .arg(chunk + 1, 4, 10, QLatin1Char('0'))
        .arg(QLatin1StringView(suffix));
}
} // namespace

QList<DemoStore::DemoUser> DemoStore::users()
{
    QList<DemoUser> out = {
        {"admin", "Alex Morgan", "E-1001", Role::Administrator},
        {"qc.analyst", "Quinn Chen", "E-1042", Role::QcAnalyst},
        {"qa.reviewer", "Rosa Martens", "E-1107", Role::QaReviewer},
        {"qp.release", "Pieter de Vries", "E-1015", Role::ReleaseAuthority},
        {"auditor", "Ines Kaufmann", "E-1230", Role::Viewer},
    };
    // The laboratory's analysts, who measure and import the results that qc.analyst approves.
    for (const DemoData::Analyst &a : DemoData::laboratory())
        out << DemoUser{a.userName, a.fullName, a.personId, Role::QcAnalyst};
    return out;
}

Status DemoStore::approveSpecificationsAhead(const QString &storePath, const QString &reviewer,
                                             const SecureBytes &password)
{
    QList<Specification> drafts;
    {
        Result<std::unique_ptr<Session>> session = Session::open(storePath, reviewer, password);
        if (!session)
            return session.error();
        Result<QList<Specification>> all = SpecificationService(*session.value()).versions();
        if (!all)
            return all.error();
        for (const Specification &s : std::as_const(all.value()))
            if (!s.approval)
                drafts << s;
        if (Status s = session.value()->end(); !s)
            return s;
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Specification &a, const Specification &b) {
                         return a.effectiveFrom < b.effectiveFrom;
                     });
    const Clock *present = &Clock::instance();
    QDateTime last; // the last approval's end: versions of one date are approved one by one
    for (const Specification &spec : std::as_const(drafts)) {
        QDateTime at(spec.effectiveFrom.addDays(-1), QTime(9, 0), Qt::UTC);
        if (last.isValid() && at <= last)
            at = last.addSecs(60);
        // A date still to come is approved now.
        std::optional<ManualClock> clock;
        // Put back before `clock` goes, however this iteration ends.
        const auto back = qScopeGuard([present] { Clock::setInstance(present); });
        if (at < present->nowUtc())
            Clock::setInstance(&clock.emplace(at));
        Result<std::unique_ptr<Session>> session = Session::open(storePath, reviewer, password);
        if (!session)
            return session.error();
        if (clock)
            clock->advanceSeconds(60);
        if (Result<Specification> a = SpecificationService(*session.value())
                                          .approve(spec.product.code, spec.version, password);
            !a)
            return a.error();
        if (clock)
            clock->advanceSeconds(60);
        if (Status s = session.value()->end(); !s)
            return s;
        last = Clock::instance().nowUtc();
    }
    return {};
}

Result<StoreCreator::Created> DemoStore::create(const QString &storePath, const Options &options)
{
    if (options.batches < 0 || options.batches > kMaxBatches)
        return Error(ErrorCode::Usage,
                     tr("The number of batches must be from 0 to %1.").arg(kMaxBatches));
    const auto say = [&options](const QString &line) {
        if (options.progress)
            options.progress(line);
    };
    const SecureBytes password = SecureBytes::fromUtf8(QString::fromLatin1(kPassword));
    const QList<DemoUser> people = users();
    const DemoUser &admin = people.first();
    // Dated as of today: the newest batches are under review, not long expired.
    const DemoData data(options.batches, options.seed, Clock::instance().nowUtc());

    // The site's history: the store, its accounts and specifications from before the first
    // specification took effect, each version approved ahead of its date by the QA reviewer,
    // so that the made-up batches of the past have an approved specification in force. The
    // clock only moves forward.
    const QList<Specification> specifications = DemoData::specifications();
    QDate first = specifications.first().effectiveFrom;
    for (const Specification &s : specifications)
        first = std::min(first, s.effectiveFrom);
    const Clock *present = &Clock::instance();
    ManualClock founding(QDateTime(first.addDays(-2), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&founding);
    auto restore = qScopeGuard([present] { Clock::setInstance(present); });
    Result<StoreCreator::Created> created = StoreCreator::create(
        storePath, QString::fromLatin1(admin.userName), QString::fromUtf8(admin.fullName), password,
        QString::fromLatin1(admin.personId));
    if (!created)
        return created.error();
    {
        Result<std::unique_ptr<Session>> session =
            Session::open(created->storePath, QString::fromLatin1(admin.userName), password);
        if (!session)
            return session.error();
        AccountService accounts(*session.value());
        for (qsizetype i = 1; i < people.size(); ++i) {
            AccountService::NewAccount account;
            account.userName = QString::fromLatin1(people[i].userName);
            account.fullName = QString::fromUtf8(people[i].fullName);
            account.personId = QString::fromLatin1(people[i].personId);
            account.role = people[i].role;
            account.requirePasswordChange = false;
            if (Result<Account> a = accounts.add(account, password); !a)
                return a.error();
        }
        if (Result<ImportSummary> s =
                Importer(*session.value())
                    .run({{u"demo-specifications.json"_s,
                           Serializer::specificationDocument(specifications)}},
                         {});
            !s)
            return s.error();
        if (Status s = session.value()->end(); !s)
            return s.error();
    }
    restore.dismiss();
    Clock::setInstance(present);
    if (Status s = approveSpecificationsAhead(created->storePath,
                                              QString::fromLatin1(people.at(2).userName), password);
        !s)
        return s.error();

    {
        Result<std::unique_ptr<Session>> session =
            Session::open(created->storePath, QString::fromLatin1(admin.userName), password);
        if (!session)
            return session.error();
        Importer importer(*session.value());
        // A version still to approve: the walk-through's back-dated specification.
        if (Result<ImportSummary> s = importer.run(
                {{u"demo-specification-draft.json"_s,
                  Serializer::specificationDocument({DemoData::draftSpecification()})}},
                {});
            !s)
            return s.error();
        SiteRegister siteRegister(*session.value());
        for (const Site &site : DemoData::siteRegister())
            if (Status s = siteRegister.set(site); !s)
                return s.error();
        // The attributes the demo drifts and shifts are watched for out-of-trend signals.
        qc::OotRules oot(*session.value());
        for (const char *product : {"RD-CD19", "RD-BCMA"}) {
            for (const char *test : {"POTENCY", "VCN", "VIAB"}) {
                if (Status s = oot.set(QString::fromLatin1(product), QString::fromLatin1(test),
                                       {qc::Rule::Nelson1, qc::Rule::Nelson2, qc::Rule::Nelson3});
                    !s)
                    return s.error();
            }
        }
        for (int chunk = 0; chunk * kChunk < data.batchCount(); ++chunk) {
            QList<BatchRecord> records;
            for (int i = chunk * kChunk; i < std::min(data.batchCount(), (chunk + 1) * kChunk); ++i)
                records << data.batch(i).record;
            if (Result<ImportSummary> s = importer.run({{chunkName("batches", chunk, "json"),
                                                         Serializer::batchRecordDocument(records)}},
                                                       {});
                !s)
                return s.error();
            say(tr("batch records: %1 of %2")
                    .arg(std::min(data.batchCount(), (chunk + 1) * kChunk))
                    .arg(data.batchCount()));
        }
        if (Status s = session.value()->end(); !s)
            return s.error();
    }

    // Results come from the laboratory: one of its analysts imports them, so that another
    // QC analyst (qc.analyst) approves them.
    const DemoUser &analyst = people.at(kLaboratory);
    Result<std::unique_ptr<Session>> session =
        Session::open(created->storePath, QString::fromLatin1(analyst.userName), password);
    if (!session)
        return session.error();
    Importer importer(*session.value());
    for (int chunk = 0; chunk * kChunk < data.batchCount(); ++chunk) {
        QList<QcResult> results;
        for (int i = chunk * kChunk; i < std::min(data.batchCount(), (chunk + 1) * kChunk); ++i)
            results << data.batch(i).results;
        if (Result<ImportSummary> s = importer.run(
                {{chunkName("results", chunk, "csv"), Serializer::resultsCsvDocument(results)}},
                {});
            !s)
            return s.error();
        say(tr("results of %1 of %2 batches")
                .arg(std::min(data.batchCount(), (chunk + 1) * kChunk))
                .arg(data.batchCount()));
    }
    if (Result<ImportSummary> s =
            importer.run({{u"demo-cell-counter-run.csv"_s,
                           Serializer::resultsCsvDocument(data.unassignedResults())}},
                         {});
        !s)
        return s.error();
    if (Status s = session.value()->end(); !s)
        return s.error();
    return created;
}

} // namespace rd
