// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keyslotfile.h"

#include "core/clock.h"
#include "core/userfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024; // thousands of slots; anything bigger is not ours

QJsonObject kdfToJson(const SlotKdf &kdf)
{
    return QJsonObject{
        {u"algorithm"_s, kdf.algorithm},
        {u"opsLimit"_s, static_cast<qint64>(kdf.cost.opsLimit)},
        {u"memLimit"_s, static_cast<qint64>(kdf.cost.memLimit)},
        {u"salt"_s, QString::fromLatin1(kdf.salt.toBase64())},
    };
}

QJsonObject slotBody(const KeySlot &slot, int fileFormat)
{
    QJsonObject o{
        {u"kdf"_s, kdfToJson(slot.kdf)},
        {u"nonce"_s, QString::fromLatin1(slot.nonce.toBase64())},
        {u"ciphertext"_s, QString::fromLatin1(slot.ciphertext.toBase64())},
        {u"created"_s, toStoredTime(slot.created)},
    };
    if (!slot.userName.isEmpty()) {
        o.insert(u"user"_s, slot.userName);
        o.insert(u"keyId"_s, slot.keyId);
    }
    if (fileFormat >= 2) {
        o.insert(u"format"_s, slot.format);
        QJsonArray keys;
        for (const SealedMasterKey &k : slot.masterKeys) {
            keys.append(QJsonObject{{u"epoch"_s, k.epoch},
                                    {u"sealed"_s, QString::fromLatin1(k.box.toBase64())}});
        }
        o.insert(u"masterKeys"_s, keys);
    }
    return o;
}

QString checksumOf(const QJsonObject &body)
{
    return QString::fromLatin1(
        crypto::blake2b256(QJsonDocument(body).toJson(QJsonDocument::Compact)).toHex());
}

QJsonObject slotToJson(const KeySlot &slot)
{
    QJsonObject o = slotBody(slot, KeySlotFile::kFormatVersion);
    o.insert(u"checksum"_s, checksumOf(o));
    return o;
}

QJsonObject anchorToJson(const CheckpointAnchor &a)
{
    return QJsonObject{
        {u"seq"_s, a.seq},
        {u"hash"_s, QString::fromLatin1(a.hash.toHex())},
        {u"user"_s, a.userName},
        {u"keyId"_s, a.keyId},
        {u"signedSeq"_s, a.signedSeq},
        {u"signedHead"_s, QString::fromLatin1(a.signedHead.toHex())},
        {u"signature"_s, QString::fromLatin1(a.signature.toBase64())},
        {u"at"_s, toStoredTime(a.at)},
    };
}

QJsonArray timesToJson(const QList<QDateTime> &times)
{
    QJsonArray a;
    for (const QDateTime &t : times)
        a.append(toStoredTime(t));
    return a;
}

// Reads fields and remembers the first thing wrong, with the JSON path of the field.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(rd::KeySlotFile)

public:
    QString problem;

    bool failed() const { return !problem.isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (problem.isEmpty())
            problem = tr("%1 %2").arg(path, what);
    }

    QJsonValue need(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            fail(path + u'.' + key, tr("is missing"));
        return v;
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && !v.isString())
            fail(path + u'.' + key, tr("is not text"));
        return v.toString();
    }
    qint64 integer(const QJsonObject &o, const QString &path, const QString &key, qint64 min,
                   qint64 max)
    {
        const QJsonValue v = need(o, path, key);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1.0);
        const qint64 i = v.toInteger(-1);
        if (!v.isDouble() || static_cast<double>(i) != d || i < min || i > max) {
            fail(path + u'.' + key, tr("is not a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return i;
    }
    QByteArray base64(const QJsonObject &o, const QString &path, const QString &key,
                      qsizetype exactSize = -1)
    {
        const QString s = string(o, path, key);
        if (failed())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(
            s.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(path + u'.' + key, tr("is not base64"));
            return {};
        }
        if (exactSize >= 0 && decoded.decoded.size() != exactSize) {
            fail(path + u'.' + key,
                 tr("has %1 bytes instead of %2").arg(decoded.decoded.size()).arg(exactSize));
            return {};
        }
        return decoded.decoded;
    }
    QByteArray hex(const QJsonObject &o, const QString &path, const QString &key,
                   qsizetype exactSize)
    {
        const QString s = string(o, path, key);
        if (failed())
            return {};
        const QByteArray latin = s.toLatin1();
        const bool valid =
            latin.size() == exactSize * 2 && std::all_of(latin.cbegin(), latin.cend(), [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            });
        if (!valid) {
            fail(path + u'.' + key, tr("is not %1 hexadecimal bytes").arg(exactSize));
            return {};
        }
        return QByteArray::fromHex(latin);
    }
    QDateTime time(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString s = string(o, path, key);
        if (failed())
            return {};
        const QDateTime t = fromStoredTime(s);
        if (!t.isValid())
            fail(path + u'.' + key, tr("is not a UTC time"));
        return t;
    }
    QDateTime timeValue(const QJsonValue &v, const QString &path)
    {
        const QDateTime t = fromStoredTime(v.toString());
        if (!v.isString() || !t.isValid())
            fail(path, tr("is not a UTC time"));
        return t;
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && !v.isObject())
            fail(path + u'.' + key, tr("is not an object"));
        return v.toObject();
    }

    SlotKdf kdf(const QJsonObject &o, const QString &path)
    {
        SlotKdf k;
        k.algorithm = string(o, path, u"algorithm"_s);
        if (!failed() && k.algorithm != u"argon2id13"_s)
            fail(path + u".algorithm"_s, tr("names an unknown algorithm"));
        const crypto::KdfCost min = crypto::KdfCost::testingMinimum();
        k.cost.opsLimit = static_cast<quint64>(
            integer(o, path, u"opsLimit"_s, static_cast<qint64>(min.opsLimit), 64));
        k.cost.memLimit = static_cast<quint64>(
            integer(o, path, u"memLimit"_s, static_cast<qint64>(min.memLimit), qint64(4) << 30));
        k.salt = base64(o, path, u"salt"_s, crypto::kSaltBytes);
        return k;
    }

    KeySlot slot(const QJsonObject &o, const QString &path, bool isRecovery, int fileFormat)
    {
        KeySlot s;
        if (!isRecovery) {
            s.userName = string(o, path, u"user"_s);
            s.keyId = integer(o, path, u"keyId"_s, 1, std::numeric_limits<qint64>::max());
        }
        s.format = 1;
        if (fileFormat >= 2) {
            s.format = static_cast<int>(integer(o, path, u"format"_s, 1, KeySlot::kCurrentFormat));
            const QJsonValue keys = need(o, path, u"masterKeys"_s);
            if (!failed() && !keys.isArray())
                fail(path + u".masterKeys"_s, tr("is not a list"));
            const QJsonArray list = keys.toArray();
            for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
                const QString p = path + u".masterKeys[%1]"_s.arg(i);
                const QJsonObject k = list.at(i).toObject();
                SealedMasterKey m;
                m.epoch = static_cast<int>(integer(k, p, u"epoch"_s, 1, 1000000000));
                m.box = base64(
                    k, p, u"sealed"_s,
                    static_cast<qsizetype>(crypto::kMasterKeyBytes + crypto::kSealOverheadBytes));
                s.masterKeys << m;
            }
        }
        s.kdf = kdf(object(o, path, u"kdf"_s), path + u".kdf"_s);
        s.nonce = base64(o, path, u"nonce"_s, crypto::kNonceBytes);
        s.ciphertext = base64(o, path, u"ciphertext"_s);
        s.created = time(o, path, u"created"_s);
        const QString stored = string(o, path, u"checksum"_s);
        if (!failed() && stored != checksumOf(slotBody(s, fileFormat)))
            fail(path, tr("fails its checksum (the slot was altered or damaged)"));
        return s;
    }

    CheckpointAnchor anchor(const QJsonObject &a, const QString &p)
    {
        CheckpointAnchor anchor;
        anchor.seq = integer(a, p, u"seq"_s, 1, std::numeric_limits<qint64>::max());
        anchor.hash = hex(a, p, u"hash"_s, crypto::kHashBytes);
        anchor.userName = string(a, p, u"user"_s);
        anchor.keyId = integer(a, p, u"keyId"_s, 0, std::numeric_limits<qint64>::max());
        anchor.signedSeq = integer(a, p, u"signedSeq"_s, 0, std::numeric_limits<qint64>::max());
        anchor.signedHead = hex(a, p, u"signedHead"_s, crypto::kHashBytes);
        anchor.signature = base64(a, p, u"signature"_s, crypto::kSignatureBytes);
        anchor.at = time(a, p, u"at"_s);
        return anchor;
    }
};

// Format 1's covered content, for its integrity code (QJsonObject sorts its keys, so the
// compact form is canonical).
QByteArray legacyCoveredBytes(const KeySlotFile &f)
{
    QJsonArray slotArray;
    for (const KeySlot &s : f.userSlots) {
        QJsonObject o = slotBody(s, 1);
        o.insert(u"checksum"_s, checksumOf(o));
        slotArray.append(o);
    }
    QJsonObject root{
        {u"format"_s, QLatin1StringView(KeySlotFile::kFormatName)},
        {u"formatVersion"_s, 1},
        {u"storeId"_s, f.storeId},
        {u"created"_s, toStoredTime(f.created)},
        {u"cipher"_s,
         QJsonObject{
             {u"compatibility"_s, f.cipher.compatibility},
             {u"pageSize"_s, f.cipher.pageSize},
             {u"kdfIterations"_s, f.cipher.kdfIterations},
             {u"hmac"_s, f.cipher.hmac},
             {u"kdf"_s, f.cipher.kdf},
             {u"createdWith"_s, f.cipher.createdWith},
         }},
        {u"slots"_s, slotArray},
    };
    if (f.recovery) {
        QJsonObject o = slotBody(*f.recovery, 1);
        o.insert(u"checksum"_s, checksumOf(o));
        root.insert(u"recovery"_s, o);
    }
    if (f.legacyAnchor)
        root.insert(u"lastCheckpoint"_s, anchorToJson(*f.legacyAnchor));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists() && !info.isSymLink()) {
        return Error(ErrorCode::StoreMissing,
                     tr("%1 is missing: the folder is not a ReleaseDesk store, or the file was "
                        "removed.")
                         .arg(shown));
    }
    if (info.isFile() && info.size() > kMaxFileBytes) {
        return Error(ErrorCode::StoreDamaged,
                     tr("%1 is damaged: it is %2 bytes long, far more than a key-slot file can "
                        "be; restore it from a backup.")
                         .arg(shown)
                         .arg(info.size()));
    }
    // Read as any input is: a FIFO or device put in its place is refused, not waited on.
    Result<QByteArray> bytes = UserFiles::readInput(path, kMaxFileBytes);
    if (!bytes)
        return Error(ErrorCode::StoreDamaged, bytes.error().message());
    return parse(bytes.value(), path);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray &json, const QString &pathForMessages)
{
    const QString shown = QDir::toNativeSeparators(pathForMessages);
    const auto damaged = [&shown](const QString &detail) {
        return Error(ErrorCode::StoreDamaged,
                     tr("%1 is damaged (%2); restore it from a backup or use the recovery code.")
                         .arg(shown, detail));
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return damaged(
            tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return damaged(tr("it is not a JSON object"));
    const QJsonObject root = doc.object();

    Reader r;
    const QString format = r.string(root, u"$"_s, u"format"_s);
    if (!r.failed() && format != QLatin1StringView(kFormatName))
        return damaged(
            tr("$.format is \"%1\", not \"%2\"").arg(format, QLatin1StringView(kFormatName)));
    const qint64 version = r.integer(root, u"$"_s, u"formatVersion"_s, 1, 1000000);
    if (r.failed())
        return damaged(r.problem);
    if (version > kFormatVersion) {
        return Error(ErrorCode::StoreNewer,
                     tr("%1 is format %2, but this ReleaseDesk reads format %3 at most. Use a "
                        "newer ReleaseDesk; the store was not changed.")
                         .arg(shown)
                         .arg(version)
                         .arg(kFormatVersion));
    }

    KeySlotFile f;
    f.formatVersion = static_cast<int>(version);
    f.storeId = QString::fromLatin1(r.hex(root, u"$"_s, u"storeId"_s, 16).toHex());
    f.created = r.time(root, u"$"_s, u"created"_s);

    const QJsonObject cipher = r.object(root, u"$"_s, u"cipher"_s);
    f.cipher.compatibility =
        static_cast<int>(r.integer(cipher, u"$.cipher"_s, u"compatibility"_s, 1, 4));
    f.cipher.pageSize =
        static_cast<int>(r.integer(cipher, u"$.cipher"_s, u"pageSize"_s, 512, 65536));
    f.cipher.kdfIterations =
        static_cast<int>(r.integer(cipher, u"$.cipher"_s, u"kdfIterations"_s, 1, 100000000));
    f.cipher.hmac = r.string(cipher, u"$.cipher"_s, u"hmac"_s);
    f.cipher.kdf = r.string(cipher, u"$.cipher"_s, u"kdf"_s);
    f.cipher.createdWith = r.string(cipher, u"$.cipher"_s, u"createdWith"_s);

    if (f.formatVersion >= 2) {
        const QJsonObject rootKey = r.object(root, u"$"_s, u"root"_s);
        f.rootPublicKey =
            r.base64(rootKey, u"$.root"_s, u"publicKey"_s, crypto::kSignPublicKeyBytes);
        f.epoch = static_cast<int>(r.integer(root, u"$"_s, u"epoch"_s, 1, 1000000000));
        if (root.contains(u"pendingEpoch"_s)) {
            f.pendingEpoch =
                static_cast<int>(r.integer(root, u"$"_s, u"pendingEpoch"_s, 1, 1000000000));
            if (!r.failed() && *f.pendingEpoch != f.epoch + 1)
                r.fail(u"$.pendingEpoch"_s, tr("is not the epoch after $.epoch"));
        }
        if (root.contains(u"rekeyDue"_s))
            f.rekeyDue = r.string(root, u"$"_s, u"rekeyDue"_s);
        if (root.contains(u"rekeyed"_s)) {
            const QJsonObject o = r.object(root, u"$"_s, u"rekeyed"_s);
            RekeyRecord rec;
            rec.epoch = static_cast<int>(r.integer(o, u"$.rekeyed"_s, u"epoch"_s, 1, 1000000000));
            rec.reason = r.string(o, u"$.rekeyed"_s, u"reason"_s);
            rec.at = r.time(o, u"$.rekeyed"_s, u"at"_s);
            for (const QJsonValue &v : o.value(u"dropped"_s).toArray())
                rec.dropped << v.toString();
            f.rekeyUnaudited = rec;
        }
    }

    const QJsonValue slotsValue = r.need(root, u"$"_s, u"slots"_s);
    if (!r.failed() && !slotsValue.isArray())
        r.fail(u"$.slots"_s, tr("is not a list"));
    const QJsonArray slotList = slotsValue.toArray();
    for (qsizetype i = 0; i < slotList.size() && !r.failed(); ++i) {
        const QString path = u"$.slots[%1]"_s.arg(i);
        if (!slotList.at(i).isObject()) {
            r.fail(path, tr("is not an object"));
            break;
        }
        KeySlot s = r.slot(slotList.at(i).toObject(), path, false, f.formatVersion);
        if (!r.failed() && f.userSlots.contains(s.userName))
            r.fail(path, tr("is a second slot for user \"%1\"").arg(s.userName));
        f.userSlots.insert(s.userName, s);
    }
    if (root.contains(u"recovery"_s) && !r.failed())
        f.recovery =
            r.slot(r.object(root, u"$"_s, u"recovery"_s), u"$.recovery"_s, true, f.formatVersion);

    if (f.formatVersion == 1) {
        if (root.contains(u"lastCheckpoint"_s) && !r.failed())
            f.legacyAnchor =
                r.anchor(r.object(root, u"$"_s, u"lastCheckpoint"_s), u"$.lastCheckpoint"_s);
        f.legacyMac = r.hex(root, u"$"_s, u"mac"_s, crypto::kHashBytes);
    } else if (root.contains(u"anchors"_s) && !r.failed()) {
        const QJsonValue anchorsValue = root.value(u"anchors"_s);
        if (!anchorsValue.isArray())
            r.fail(u"$.anchors"_s, tr("is not a list"));
        const QJsonArray list = anchorsValue.toArray();
        for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
            const QString path = u"$.anchors[%1]"_s.arg(i);
            const CheckpointAnchor a = r.anchor(list.at(i).toObject(), path);
            if (!r.failed() && f.anchors.contains(a.userName))
                r.fail(path, tr("is a second anchor of \"%1\"").arg(a.userName));
            f.anchors.insert(a.userName, a);
        }
    }

    // Counters: nobody can sign a failed login when it happens, so only their shape is checked
    // here; Session::recordLogin judges what they claim.
    const QJsonObject attempts = root.value(u"attempts"_s).toObject();
    for (auto it = attempts.constBegin(); it != attempts.constEnd() && !r.failed(); ++it) {
        const QString p = u"$.attempts."_s + it.key();
        const QJsonObject o = it.value().toObject();
        LoginAttempts la;
        la.consecutiveFailures =
            static_cast<int>(r.integer(o, p, u"consecutiveFailures"_s, 0, 1000000));
        if (o.contains(u"lockedAt"_s))
            la.lockedAt = r.time(o, p, u"lockedAt"_s);
        const QJsonArray failures = o.value(u"unreportedFailures"_s).toArray();
        for (const QJsonValue &v : failures)
            la.unreportedFailures << r.timeValue(v, p + u".unreportedFailures"_s);
        const QJsonArray lockouts = o.value(u"unreportedLockouts"_s).toArray();
        for (const QJsonValue &v : lockouts)
            la.unreportedLockouts << r.timeValue(v, p + u".unreportedLockouts"_s);
        f.attempts.insert(it.key(), la);
    }
    if (root.contains(u"failuresCounted"_s))
        f.failuresCounted = r.integer(root, u"$"_s, u"failuresCounted"_s, 0,
                                      std::numeric_limits<qint64>::max() / 2);
    const QJsonArray unknown = root.value(u"unknownUserFailures"_s).toArray();
    for (const QJsonValue &v : unknown)
        f.unknownUserFailures << r.timeValue(v, u"$.unknownUserFailures"_s);

    if (r.failed())
        return damaged(r.problem);
    return f;
}

QJsonObject KeySlotFile::headerObject() const
{
    QJsonObject root{
        {u"format"_s, QLatin1StringView(kFormatName)},
        {u"formatVersion"_s, kFormatVersion},
        {u"storeId"_s, storeId},
        {u"created"_s, toStoredTime(created)},
        {u"cipher"_s,
         QJsonObject{
             {u"compatibility"_s, cipher.compatibility},
             {u"pageSize"_s, cipher.pageSize},
             {u"kdfIterations"_s, cipher.kdfIterations},
             {u"hmac"_s, cipher.hmac},
             {u"kdf"_s, cipher.kdf},
             {u"createdWith"_s, cipher.createdWith},
         }},
        {u"root"_s, QJsonObject{{u"publicKey"_s, QString::fromLatin1(rootPublicKey.toBase64())}}},
        {u"epoch"_s, epoch},
    };
    if (pendingEpoch)
        root.insert(u"pendingEpoch"_s, *pendingEpoch);
    if (recovery)
        root.insert(u"recovery"_s, slotToJson(*recovery));
    return root;
}

QByteArray KeySlotFile::serialize() const
{
    QJsonObject root = headerObject();
    QJsonArray slotArray;
    for (const KeySlot &s : userSlots)
        slotArray.append(slotToJson(s));
    root.insert(u"slots"_s, slotArray);
    if (!rekeyDue.isEmpty())
        root.insert(u"rekeyDue"_s, rekeyDue);
    if (rekeyUnaudited) {
        root.insert(
            u"rekeyed"_s,
            QJsonObject{{u"epoch"_s, rekeyUnaudited->epoch},
                        {u"reason"_s, rekeyUnaudited->reason},
                        {u"at"_s, toStoredTime(rekeyUnaudited->at)},
                        {u"dropped"_s, QJsonArray::fromStringList(rekeyUnaudited->dropped)}});
    }
    if (!anchors.isEmpty()) {
        QJsonArray list;
        for (const CheckpointAnchor &a : anchors)
            list.append(anchorToJson(a));
        root.insert(u"anchors"_s, list);
    }
    QJsonObject attemptsObject;
    for (auto it = attempts.constBegin(); it != attempts.constEnd(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject o{{u"consecutiveFailures"_s, it->consecutiveFailures}};
        if (it->lockedAt.isValid())
            o.insert(u"lockedAt"_s, toStoredTime(it->lockedAt));
        if (!it->unreportedFailures.isEmpty())
            o.insert(u"unreportedFailures"_s, timesToJson(it->unreportedFailures));
        if (!it->unreportedLockouts.isEmpty())
            o.insert(u"unreportedLockouts"_s, timesToJson(it->unreportedLockouts));
        attemptsObject.insert(it.key(), o);
    }
    if (!attemptsObject.isEmpty())
        root.insert(u"attempts"_s, attemptsObject);
    if (!unknownUserFailures.isEmpty())
        root.insert(u"unknownUserFailures"_s, timesToJson(unknownUserFailures));
    if (failuresCounted > 0)
        root.insert(u"failuresCounted"_s, failuresCounted);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeySlotFile::serializeRecoveryCopy() const
{
    QJsonObject root = headerObject();
    root.insert(u"slots"_s, QJsonArray());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<CheckpointAnchor> KeySlotFile::latestAnchor() const
{
    std::optional<CheckpointAnchor> latest;
    for (const CheckpointAnchor &a : anchors) {
        if (!latest || a.seq > latest->seq)
            latest = a;
    }
    return latest;
}

bool KeySlotFile::legacyMacMatches(const SecureBytes &masterKey) const
{
    const SecureBytes macKey = crypto::deriveSubkey(masterKey, 1, "RDkslmac");
    crypto::Blake2b mac(macKey);
    mac.add(legacyCoveredBytes(*this));
    return crypto::constantTimeEquals(mac.finish(), legacyMac);
}

QByteArray KeySlotFile::slotAssociatedData(const QString &storeId, const QString &userName,
                                           int format)
{
    return QByteArrayLiteral("releasedesk.keyslot/") + QByteArray::number(format) + '\0' +
           storeId.toUtf8() + '\0' + userName.toUtf8();
}

QByteArray KeySlotFile::recoveryAssociatedData(const QString &storeId, int format)
{
    return QByteArrayLiteral("releasedesk.recovery/") + QByteArray::number(format) + '\0' +
           storeId.toUtf8();
}

} // namespace rd
