// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "reports/document.h"
#include "reports/renderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace rd {
class Session;
}

namespace rd::reports {

// One document as the register keeps it.
struct IssuedDocument
{
    qint64 id = 0;
    QString documentId;
    DocumentKind kind = DocumentKind::CertificateOfAnalysis;
    QString subject; // the batch, "PRODUCT/TEST" for trends, "" for the whole store
    int version = 1;
    QJsonObject request;
    QByteArray contentHash;
    bool provisional = false;
    bool draft = false;
    QString supersedes;
    QString medium; // pdf or print
    QString paper;
    int pages = 0;
    QString fileSha256; // pdf only
    QString issuedBy;
    QDateTime issuedAt;
};

// What verify-document found.
struct DocumentCheck
{
    std::optional<IssuedDocument> issued;
    bool fileIntact = false;        // the file is byte for byte the one issued
    bool recordUnchanged = false;   // the record gives the same document today
    bool chainIntact = true;        // audit trail and signatures verify
    bool printedHashMatches = true; // the hash the PDF carries is the one registered
    bool rootMatches = true;        // the PDF names this store's root
    QStringList findings;           // one line each, the first says the verdict
    bool ok() const
    {
        return issued && fileIntact && recordUnchanged && chainIntact && printedHashMatches &&
               rootMatches;
    }
};

// The register of issued documents (21 CFR 11.10(b), Annex 11 §8): every PDF exported and
// every paper print gets a document id, a version that counts its content changes, and the
// hash of the facts it shows; a PDF also the SHA-256 of its bytes. Issuing is audited.
// verify-document tells an altered file from a record that changed since.
class DocumentRegistry
{
    Q_DECLARE_TR_FUNCTIONS(rd::reports::DocumentRegistry)

public:
    explicit DocumentRegistry(Session &session);

    // Gives `doc` its document control: a new document id, its version, the document it
    // supersedes, and who prints it when. Read-only.
    Status prepare(Document &doc) const;
    // Renders `doc` (prepared) as PDF/A, records it, and replaces `path` atomically with it
    // (mode 0600). A path that UserFiles::checkOutput refuses is refused before rendering.
    Result<IssuedDocument> exportPdf(const Document &doc, Paper paper, const QString &path,
                                     const Renderer::Progress &progress = {});
    // Records that `doc` (prepared) was sent to a printer.
    Result<IssuedDocument> recordPrinted(const Document &doc, const QString &paper, int pages);

    Result<std::optional<IssuedDocument>> find(const QString &documentId) const;
    Result<QList<IssuedDocument>> issued(DocumentKind kind, const QString &subject) const;

    // Checks a PDF against the register and the record as it is now.
    Result<DocumentCheck> verifyPdf(const QString &path) const;
    // The same for a PDF already read (by readPdf), called `name` in the findings.
    Result<DocumentCheck> verifyPdf(const QByteArray &bytes, const QString &name) const;
    // Reads a PDF to verify as every input is read (UserFiles::readInput: a regular file, and
    // no larger than any document ReleaseDesk issues). Needs no session, so that the command
    // line refuses a bad file before it opens the store.
    static Result<QByteArray> readPdf(const QString &path);

    static QString subjectOf(const Document &doc);

private:
    Result<IssuedDocument> record(const Document &doc, const QString &medium, const QString &paper,
                                  int pages, const QString &fileSha256,
                                  const std::function<Status()> &beforeCommit);
    Session &m_session;
};

} // namespace rd::reports
