// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rd {
class Session;

// A manufacturing site as the batch release certificate names it.
struct Site
{
    QString name;          // as batch records give it
    QString authorisation; // the manufacturing authorisation, e.g. "MIA 12345/0001"
    QString address;
};

// The register of sites: administrators record each site's authorisation and address once;
// release certificates print them. Changes are audited.
class SiteRegister
{
    Q_DECLARE_TR_FUNCTIONS(rd::SiteRegister)

public:
    explicit SiteRegister(Session &session);

    Result<QList<Site>> list() const;
    Result<std::optional<Site>> find(const QString &name) const;
    Status set(const Site &site);

private:
    Session &m_session;
};

} // namespace rd
