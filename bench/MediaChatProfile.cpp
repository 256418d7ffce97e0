#include "MediaChatProfile.h"

#include "HistoryService.h"
#include "MediaSamples.h"
#include "ProfilePaths.h"
#include "Thumbnailer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QTest>

#include <cstdio>

namespace Natter {

namespace {
// 3.1 to 3.8 megapixels in landscape, portrait and square, like phone photos sent as they are.
const QSize PhotoSizes[] = { { 2400, 1600 }, { 1600, 2400 }, { 2048, 1536 }, { 1920, 1920 },
    { 2560, 1440 }, { 1536, 2048 } };
constexpr qint64 Start = 1795600000000; // 2026-11-24, a minute between messages

bool fail(const char *what)
{
    std::fprintf(stderr, "natter-mediachatbench: %s\n", what);
    return false;
}

template <typename T> T await(QFuture<T> future)
{
    // The store answers on its thread but announces on this one; keep the loop running.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        return T();
    return future.result();
}

Message message(qint64 account, const QString &peer, int n, bool incoming)
{
    Message m;
    m.accountId = account;
    m.peer = peer;
    m.direction = incoming ? Direction::Incoming : Direction::Outgoing;
    m.sender = incoming ? peer : MediaChatProfile::accountJid();
    m.stanzaId = QStringLiteral("bench-%1-%2").arg(peer).arg(n);
    m.originId = m.stanzaId;
    m.messageId = m.stanzaId;
    m.timestamp = Start + qint64(n) * 60000;
    m.deliveryState = incoming ? DeliveryState::Delivered : DeliveryState::Read;
    m.read = true;
    return m;
}

// Photo i: a photo-like JPEG with its XEP-0264 thumbnail; the even ones are downloaded.
bool addPhoto(Message &m, int i, const QString &mediaDir)
{
    const QSize size = PhotoSizes[i % std::size(PhotoSizes)];
    const QImage photo = MediaSamples::photoLike(size, quint32(100 + i));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    if (!buffer.open(QIODevice::WriteOnly) || !photo.save(&buffer, "JPEG", 90))
        return fail("cannot encode a photo");
    const Thumbnail thumbnail = Thumbnailer::fromImage(photo);
    if (!thumbnail.isValid())
        return fail("cannot make a thumbnail");
    Attachment a;
    a.fileName = QStringLiteral("IMG_%1.jpg").arg(2000 + i);
    a.mimeType = QStringLiteral("image/jpeg");
    a.size = jpeg.size();
    a.url = QStringLiteral("https://upload.example.org/share/%1/%2").arg(i).arg(a.fileName);
    a.width = size.width();
    a.height = size.height();
    a.sha256 = QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256);
    a.thumbnail = thumbnail.bytes;
    a.thumbnailMimeType = thumbnail.mimeType;
    if (i % 2 == 0) {
        a.localPath = MediaSamples::writeFile(mediaDir + u'/' + a.fileName, jpeg);
        a.transfer = TransferState::Ready;
    }
    if (i % 7 == 3)
        a.description = QStringLiteral("Photo %1 from the trip").arg(i);
    m.attachments = { a };
    return true;
}
} // namespace

const QString &MediaChatProfile::accountJid()
{
    static const QString jid = QStringLiteral("me@example.org");
    return jid;
}

const QString &MediaChatProfile::photoPeer()
{
    static const QString jid = QStringLiteral("photos@example.org");
    return jid;
}

bool MediaChatProfile::create(const QString &dir)
{
    const ProfilePaths paths(dir);
    if (QFile::exists(paths.database()) || !paths.ensureExists())
        return fail("the profile folder must be new and writable");
    QSettings(paths.settings(), QSettings::IniFormat)
        .setValue(QStringLiteral("account/jid"), accountJid());
    HistoryService history(paths.database());
    if (!QTest::qWaitFor([&] { return history.isReady(); }, 30000))
        return fail("cannot open the history");
    const qint64 account = await(history.ensureAccount(accountJid()));

    QList<Message> messages;
    const QString others[]
        = { QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org") };
    for (int n = 0; n < 6; ++n) {
        Message m = message(account, others[n % 2], n, n % 3 != 0);
        m.body = QStringLiteral("See you at the station at %1, then we walk.").arg(n + 7);
        messages.append(m);
    }
    for (int i = 0; i < Photos; ++i) {
        // Mostly theirs; some of ours, which are always on this machine.
        Message m = message(account, photoPeer(), 10 + i, i % 4 != 0);
        if (!addPhoto(m, i, paths.mediaCache()))
            return false;
        messages.append(m);
    }
    if (await(history.messages().insertMessages(messages)).size() != messages.size())
        return fail("cannot store the messages");
    return true;
}

bool MediaChatProfile::copy(const QString &from, const QString &to)
{
    const ProfilePaths source(from);
    const ProfilePaths target(to);
    if (!target.ensureExists() || !QFile::copy(source.database(), target.database())
        || !QFile::copy(source.settings(), target.settings()))
        return fail("cannot copy the profile");
    const QStringList files = QDir(source.mediaCache()).entryList(QDir::Files);
    for (const QString &name : files) {
        if (!QFile::copy(source.mediaCache() + u'/' + name, target.mediaCache() + u'/' + name))
            return fail("cannot copy the media folder");
    }
    HistoryService history(target.database());
    if (!QTest::qWaitFor([&] { return history.isReady(); }, 30000))
        return fail("cannot open the copied history");
    const qint64 account = await(history.ensureAccount(accountJid()));
    const qint64 chat = await(history.chats().ensureChat(account, photoPeer()));
    const QList<Message> photos = await(history.messages().mediaMessages(chat, Photos * 2));
    for (const Message &m : photos) {
        for (Attachment a : m.attachments) {
            if (a.localPath.isEmpty())
                continue;
            a.localPath = target.mediaCache() + u'/' + QFileInfo(a.localPath).fileName();
            if (!await(history.messages().updateAttachment(a)))
                return fail("cannot point a photo at the copy");
        }
    }
    return true;
}

} // namespace Natter
