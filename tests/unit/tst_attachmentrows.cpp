#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "MessageStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {

Attachment photo(const QString &name)
{
    Attachment a;
    a.fileName = name;
    a.mimeType = QStringLiteral("image/jpeg");
    a.size = 5'000'000;
    a.url = QStringLiteral("https://upload.example.org/abc/") + name;
    a.description = QStringLiteral("the balcony at night");
    a.width = 4000;
    a.height = 3000;
    a.sha256 = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    a.thumbnail = QByteArray("\xff\xd8\xff\xe0 not really a jpeg", 24);
    a.thumbnailMimeType = QStringLiteral("image/jpeg");
    a.transfer = TransferState::Remote;
    return a;
}

} // namespace

// Files of messages in the store: every field survives, progress is recorded and announced,
// and a chat's media are listed newest first without touching its other messages.
class TestAttachmentRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyFieldSurvives();
    void updateIsAnnounced();
    void downloadingIsNotRestored();
    void mediaOfAChatNewestFirst();
    void chatListKnowsTheLastFile();

private:
    Message withFile(qint64 timestamp, const QString &name, const QString &body = {})
    {
        Message m;
        m.accountId = 1;
        m.peer = QStringLiteral("juliet@example.org");
        m.direction = Direction::Incoming;
        m.body = body;
        m.timestamp = timestamp;
        m.stanzaId = QString::number(timestamp);
        m.deliveryState = DeliveryState::Delivered;
        if (!name.isEmpty())
            m.attachments.append(photo(name));
        return await(m_store->insertMessage(m)).value(0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    qint64 m_chatId = 0;
};

void TestAttachmentRows::init()
{
    m_store.reset();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("history.db")))).ok());
    QCOMPARE(await(AccountStore(*m_db).saveAccount(
                 { 0, QStringLiteral("romeo@example.org"), {}, true })),
        1);
    m_chatId = await(ChatStore(*m_db).ensureChat(1, QStringLiteral("juliet@example.org")));
    m_store = std::make_unique<MessageStore>(*m_db);
}

void TestAttachmentRows::everyFieldSurvives()
{
    const Message stored = withFile(1000, QStringLiteral("balcony.jpg"));
    QVERIFY(stored.id > 0);
    const Message back = await(m_store->message(stored.id));
    QCOMPARE(back.attachments.size(), 1);
    Attachment expected = photo(QStringLiteral("balcony.jpg"));
    const Attachment &got = back.attachments.first();
    QVERIFY(got.id > 0);
    QCOMPARE(got.messageId, stored.id);
    expected.id = got.id;
    expected.messageId = got.messageId;
    QCOMPARE(got, expected);
    QCOMPARE(await(m_store->attachment(got.id)), expected);
}

void TestAttachmentRows::updateIsAnnounced()
{
    const Message stored = withFile(1000, QStringLiteral("balcony.jpg"));
    Attachment a = stored.attachments.first();
    QSignalSpy changed(m_store.get(), &MessageStore::messageChanged);
    a.transfer = TransferState::Ready;
    a.localPath = m_dir->filePath(QStringLiteral("balcony.jpg"));
    QVERIFY(await(m_store->updateAttachment(a)));
    QTRY_VERIFY(!changed.isEmpty()); // announced from the database thread, queued
    const auto message = changed.first().first().value<Message>();
    QCOMPARE(message.id, stored.id);
    QCOMPARE(message.attachments.first().transfer, TransferState::Ready);
    QCOMPARE(message.attachments.first().localPath, a.localPath);

    Attachment missing = a;
    missing.id = a.id + 100;
    QVERIFY(!await(m_store->updateAttachment(missing)));
}

void TestAttachmentRows::downloadingIsNotRestored()
{
    Attachment a = withFile(1000, QStringLiteral("balcony.jpg")).attachments.first();
    a.transfer = TransferState::Downloading;
    QVERIFY(await(m_store->updateAttachment(a)));
    QCOMPARE(await(m_store->attachment(a.id)).transfer, TransferState::Remote);
    a.transfer = TransferState::UploadFailed;
    a.errorText = QStringLiteral("The upload service is unavailable.");
    QVERIFY(await(m_store->updateAttachment(a)));
    const Attachment back = await(m_store->attachment(a.id));
    QCOMPARE(back.transfer, TransferState::UploadFailed);
    QCOMPARE(back.errorText, a.errorText);
}

void TestAttachmentRows::mediaOfAChatNewestFirst()
{
    withFile(1000, QStringLiteral("one.jpg"));
    withFile(2000, {}, QStringLiteral("just words"));
    const qint64 second = withFile(3000, QStringLiteral("two.jpg")).id;
    withFile(4000, QStringLiteral("three.jpg"));
    const qint64 otherChat
        = await(ChatStore(*m_db).ensureChat(1, QStringLiteral("mercutio@example.org")));
    QVERIFY(otherChat > 0);

    QList<Message> media = await(m_store->mediaMessages(m_chatId, 2));
    QCOMPARE(media.size(), 2);
    QCOMPARE(media[0].attachments.first().fileName, QStringLiteral("three.jpg"));
    QCOMPARE(media[1].attachments.first().fileName, QStringLiteral("two.jpg"));
    media = await(m_store->mediaMessages(m_chatId, 10, second));
    QCOMPARE(media.size(), 1);
    QCOMPARE(media[0].attachments.first().fileName, QStringLiteral("one.jpg"));
    QVERIFY(await(m_store->mediaMessages(otherChat, 10)).isEmpty());
}

void TestAttachmentRows::chatListKnowsTheLastFile()
{
    withFile(1000, QStringLiteral("balcony.jpg"));
    QList<Chat> chats = await(ChatStore(*m_db).chats(1));
    QCOMPARE(chats.size(), 1);
    QCOMPARE(chats[0].lastAttachmentMimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(chats[0].lastAttachmentName, QStringLiteral("balcony.jpg"));
    withFile(2000, {}, QStringLiteral("and words"));
    chats = await(ChatStore(*m_db).chats(1));
    QVERIFY(chats[0].lastAttachmentMimeType.isEmpty());
    QCOMPARE(chats[0].lastBody, QStringLiteral("and words"));
}

QTEST_GUILESS_MAIN(TestAttachmentRows)
#include "tst_attachmentrows.moc"
