// Forwarding (issue 19) against a real ejabberd: a text goes to a person and a group as new
// messages marked "Forwarded", through the outbox (after a cut too); a photo goes on with the
// same link, metadata and hash and no second upload, and the receiver's download still checks
// the hash; a local copy that changed is refused; the slixmpp bot's plain message with our mark
// shows the label and one without it does not, and ours reach the bot as plain messages.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ArchiveService.h"
#include "ChatStore.h"
#include "Forwarding.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MediaService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "PythonBot.h"
#include "Retractions.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("forward-Passw0rd");
constexpr int NetworkMs = 30000;

// The newest stored message of account's chat with peer that match accepts; id 0 when none.
Message storedIn(
    AccountSession &account, const QString &peer, const std::function<bool(const Message &)> &match)
{
    const qint64 chatId = await(account.history()->chats().ensureChat(account.accountId(), peer));
    Message found;
    for (const Message &m : await(account.history()->messages().newest(chatId, 100)))
        if (match(m))
            found = m;
    return found;
}

Message withBody(AccountSession &account, const QString &peer, const QString &body)
{
    return storedIn(account, peer, [&](const Message &m) { return m.body == body; });
}

Message waitForBody(AccountSession &account, const QString &peer, const QString &body)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] { return (found = withBody(account, peer, body)).id != 0; }, NetworkMs);
    return found;
}

// What mod_http_upload holds: a second upload would add a file.
int uploadedFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

bool signedOut(AccountSession &account)
{
    account.session()->disconnectFromServer();
    return QTest::qWaitFor(
        [&] { return account.session()->state() == ConnectionState::Offline; }, NetworkMs);
}
} // namespace

class TestForward : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void textToAPersonAndAGroup();
    void textWaitsInTheOutboxAcrossACut();
    void photoGoesOnWithoutUpload();
    void changedFileIsRefused();
    void theBotsMarkShowsTheLabel();
    void whatCannotBeForwarded();

private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestForward::textToAPersonAndAGroup()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto bob = m_accounts.person(QStringLiteral("bob"));
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    QVERIFY(TestAccounts::befriend(*alice, *bob));
    QVERIFY(TestAccounts::befriend(*alice, *carol));
    const QString room
        = TestAccounts::createGroup(*alice, { bob.get() }, QStringLiteral("Book club"));
    QVERIFY(!room.isEmpty());

    // Bob tells Alice something; Alice passes it on to Carol and to the book club.
    const QString text = QStringLiteral("The meeting moved to Thursday at 8");
    QVERIFY(!await(bob->messaging()->send(alice->jid(), text)).isEmpty());
    const Message heard = waitForBody(*alice, bob->jid(), text);
    QVERIFY(heard.id != 0);
    QVERIFY(!heard.forwarded);

    QSignalSpy forwarded(alice->forwarding(), &Forwarding::forwarded);
    QCOMPARE(await(alice->forwarding()->forward(heard.id, { carol->jid(), room })), QString());
    QCOMPARE(forwarded.size(), 1);

    // Alice's own copies: new messages of hers, marked, the text alone (no "Bob wrote").
    const Message toCarol = withBody(*alice, carol->jid(), text);
    QVERIFY(toCarol.id != 0 && toCarol.id != heard.id);
    QCOMPARE(toCarol.direction, Direction::Outgoing);
    QVERIFY(toCarol.forwarded);
    const Message toRoom = withBody(*alice, room, text);
    QVERIFY(toRoom.id != 0);
    QVERIFY(toRoom.forwarded);

    // Carol and the book club's Bob see it with the label; Carol's sender is Alice.
    const Message atCarol = waitForBody(*carol, alice->jid(), text);
    QVERIFY(atCarol.id != 0);
    QVERIFY(atCarol.forwarded);
    QCOMPARE(atCarol.direction, Direction::Incoming);
    QCOMPARE(atCarol.body, text);
    const Message inRoom = waitForBody(*bob, room, text);
    QVERIFY(inRoom.id != 0);
    QVERIFY(inRoom.forwarded);
    QTRY_VERIFY_WITH_TIMEOUT(
        withBody(*alice, carol->jid(), text).deliveryState >= DeliveryState::Sent, NetworkMs);
    // The original in Bob's chat is untouched.
    QVERIFY(!withBody(*alice, bob->jid(), text).forwarded);
    // Signed out before the sessions go: the next test signs the same people in again.
    QVERIFY(signedOut(*alice) && signedOut(*bob) && signedOut(*carol));
}

void TestForward::textWaitsInTheOutboxAcrossACut()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(alice && carol);
    const QString text = QStringLiteral("Forwarded while offline");
    const QList<Message> own = await(alice->messaging()->send(alice->jid(), text));
    QCOMPARE(own.size(), 1);

    QVERIFY(signedOut(*alice));
    QCOMPARE(await(alice->forwarding()->forward(own.first().id, { carol->jid() })), QString());
    const Message pending = withBody(*alice, carol->jid(), text);
    QVERIFY(pending.forwarded);
    QCOMPARE(pending.deliveryState, DeliveryState::Pending);

    QSignalSpy caughtUp(alice->archive(), &ArchiveService::catchUpFinished);
    alice->retryNow();
    const Message atCarol = waitForBody(*carol, alice->jid(), text);
    QVERIFY(atCarol.forwarded);
    QTRY_VERIFY_WITH_TIMEOUT(
        withBody(*alice, carol->jid(), text).deliveryState >= DeliveryState::Sent, NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp.size() >= 1, NetworkMs);
    // Stored once: one copy in Alice's chat, one at Carol's.
    const auto copies = [&](AccountSession &account, const QString &peer) {
        int n = 0;
        const qint64 chatId
            = await(account.history()->chats().ensureChat(account.accountId(), peer));
        for (const Message &m : await(account.history()->messages().newest(chatId, 100)))
            n += m.body == text;
        return n;
    };
    QCOMPARE(copies(*alice, carol->jid()), 1);
    QCOMPARE(copies(*carol, alice->jid()), 1);
    // Signed out before the sessions go: the next test signs the same people in again.
    QVERIFY(signedOut(*alice) && signedOut(*carol));
}

void TestForward::photoGoesOnWithoutUpload()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto bob = m_accounts.person(QStringLiteral("bob"));
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    QVERIFY(TestAccounts::befriend(*bob, *carol));
    QTRY_VERIFY_WITH_TIMEOUT(alice->media()->uploadAvailable(), NetworkMs);
    // Bob and Carol see the thumbnail only, until they ask for the file.
    bob->appSettings()->setAutoDownloadImagesMb(0);
    carol->appSettings()->setAutoDownloadImagesMb(0);

    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    const QString photo = m_dir.filePath(QStringLiteral("harbour.png"));
    QVERIFY(image.save(photo));
    const QList<Message> sent = await(alice->media()->sendFile(
        bob->jid(), QUrl::fromLocalFile(photo), QStringLiteral("the harbour"), false));
    QCOMPARE(sent.size(), 1);
    const qint64 sentId = sent.first().id;
    // Uploaded and sent: Alice's copy has its link and its file.
    QTRY_VERIFY_WITH_TIMEOUT(
        await(alice->history()->messages().message(sentId)).attachments.value(0).transfer
            == TransferState::Ready,
        NetworkMs);
    const Attachment original
        = await(alice->history()->messages().message(sentId)).attachments.first();
    QVERIFY(!original.url.isEmpty());
    QCOMPARE(original.sha256.size(), 32);
    QTRY_VERIFY_WITH_TIMEOUT(
        storedIn(*bob, alice->jid(), [](const Message &m) { return !m.attachments.isEmpty(); }).id
            != 0,
        NetworkMs);
    const int uploadsBefore = uploadedFiles(m_server.uploadDir());
    QVERIFY(uploadsBefore >= 1);

    // Alice forwards her photo to Carol: the same link and metadata, nothing uploaded.
    QCOMPARE(await(alice->forwarding()->forward(sentId, { carol->jid() })), QString());
    const auto withFile = [](const Message &m) { return !m.attachments.isEmpty(); };
    const Message ownCopy = storedIn(*alice, carol->jid(), withFile);
    QVERIFY(ownCopy.forwarded);
    const Attachment ownFile = ownCopy.attachments.first();
    QCOMPARE(ownFile.url, original.url);
    // Her copy has a file of its own: deleting the original leaves it.
    QVERIFY(!ownFile.localPath.isEmpty());
    QVERIFY(ownFile.localPath != original.localPath);
    QCOMPARE(sha256Of(ownFile.localPath), original.sha256);

    Message atCarol;
    QVERIFY(QTest::qWaitFor(
        [&] { return (atCarol = storedIn(*carol, alice->jid(), withFile)).id != 0; }, NetworkMs));
    QVERIFY(atCarol.forwarded);
    const Attachment got = atCarol.attachments.first();
    QCOMPARE(got.url, original.url);
    QCOMPARE(got.sha256, original.sha256);
    QCOMPARE(got.size, original.size);
    QCOMPARE(got.mimeType, original.mimeType);
    QCOMPARE(got.fileName, original.fileName);
    QCOMPARE(got.width, 640);
    QCOMPARE(got.height, 480);
    QCOMPARE(got.thumbnail, original.thumbnail);
    QCOMPARE(got.description, QStringLiteral("the harbour"));
    QCOMPARE(uploadedFiles(m_server.uploadDir()), uploadsBefore);

    // Carol downloads it: the hash is checked on the way in, as for any file.
    carol->media()->download(got.id);
    QTRY_VERIFY_WITH_TIMEOUT(
        await(carol->history()->messages().attachment(got.id)).transfer == TransferState::Ready,
        NetworkMs);
    QCOMPARE(sha256Of(await(carol->history()->messages().attachment(got.id)).localPath),
        original.sha256);

    // Bob never downloaded it: his forward carries the metadata as it came, still no upload.
    const Message atBob = storedIn(*bob, alice->jid(), withFile);
    QVERIFY(atBob.attachments.first().localPath.isEmpty());
    QCOMPARE(await(bob->forwarding()->forward(atBob.id, { carol->jid() })), QString());
    Message fromBob;
    QVERIFY(QTest::qWaitFor(
        [&] { return (fromBob = storedIn(*carol, bob->jid(), withFile)).id != 0; }, NetworkMs));
    QVERIFY(fromBob.forwarded);
    QCOMPARE(fromBob.attachments.first().url, original.url);
    QCOMPARE(fromBob.attachments.first().sha256, original.sha256);
    QCOMPARE(
        storedIn(*bob, carol->jid(), withFile).attachments.first().transfer, TransferState::Remote);
    QCOMPARE(uploadedFiles(m_server.uploadDir()), uploadsBefore);
    // Signed out before the sessions go: the next test signs the same people in again.
    QVERIFY(signedOut(*alice) && signedOut(*bob) && signedOut(*carol));
}

void TestForward::changedFileIsRefused()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(alice && carol);
    const Message photo = storedIn(*alice, carol->jid(),
        [](const Message &m) { return !m.attachments.isEmpty() && m.forwarded; });
    QVERIFY2(photo.id != 0, "needs photoGoesOnWithoutUpload first");
    const QString path = photo.attachments.first().localPath;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2));
    QVERIFY(file.write("tampered") == 8);
    file.close();

    const int before = int(
        await(alice->history()->messages().outbox(alice->accountId(), OutboxKind::People)).size());
    const QString error = await(alice->forwarding()->forward(photo.id, { alice->jid() }));
    QCOMPARE(error,
        QStringLiteral("This file changed on disk since it was received; it can't be forwarded."));
    QVERIFY(
        storedIn(*alice, alice->jid(), [](const Message &m) { return !m.attachments.isEmpty(); }).id
        == 0);
    QCOMPARE(int(await(alice->history()->messages().outbox(alice->accountId(), OutboxKind::People))
                     .size()),
        before);
    // Signed out before the sessions go: the next test signs the same people in again.
    QVERIFY(signedOut(*alice) && signedOut(*carol));
}

void TestForward::theBotsMarkShowsTheLabel()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    QVERIFY(alice);
    const QString botJid = m_server.createAccount(QStringLiteral("forwardbot"), Password);
    const GroupResult created = await(alice->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = alice->groups()->group(created.chatId).room;
    auto bot = Test::startMucBot(m_server, m_dir.path(), botJid, Password, room);
    QVERIFY(bot);

    // As any client sends a plain message, once with Natter's mark and once without.
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("forward_chat") },
        { QStringLiteral("to"), alice->jid() }, { QStringLiteral("id"), QStringLiteral("bot-f1") },
        { QStringLiteral("body"), QStringLiteral("passed on by the bot") },
        { QStringLiteral("marked"), true } }));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("forward_chat") },
        { QStringLiteral("to"), alice->jid() }, { QStringLiteral("id"), QStringLiteral("bot-p1") },
        { QStringLiteral("body"), QStringLiteral("written by the bot") },
        { QStringLiteral("marked"), false } }));
    const Message marked = waitForBody(*alice, botJid, QStringLiteral("passed on by the bot"));
    QVERIFY2(marked.id != 0, qPrintable(bot->diagnostics()));
    QVERIFY(marked.forwarded);
    const Message plain = waitForBody(*alice, botJid, QStringLiteral("written by the bot"));
    QVERIFY(plain.id != 0);
    QVERIFY(!plain.forwarded);

    // Alice forwards the plain one back: the bot sees an ordinary message, with the mark.
    QCOMPARE(await(alice->forwarding()->forward(plain.id, { botJid })), QString());
    const QJsonObject heard = bot->waitFor(QStringLiteral("chat"), [](const QJsonObject &m) {
        return m.value(QStringLiteral("body")) == QStringLiteral("written by the bot");
    });
    QVERIFY2(!heard.isEmpty(), qPrintable(bot->diagnostics()));
    QVERIFY(heard.value(QStringLiteral("forwarded")).toBool());
    QCOMPARE(heard.value(QStringLiteral("from")).toString(), alice->jid());
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
    // Signed out before the sessions go: the next test signs the same people in again.
    QVERIFY(signedOut(*alice));
}

void TestForward::whatCannotBeForwarded()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(alice && carol);
    const QString refused = QStringLiteral("This message can't be forwarded.");
    // Deleted for everyone: nothing of it is left to pass on.
    const QList<Message> gone
        = await(alice->messaging()->send(carol->jid(), QStringLiteral("oops")));
    QCOMPARE(gone.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        await(alice->history()->messages().message(gone.first().id)).deliveryState
            >= DeliveryState::Sent,
        NetworkMs);
    QVERIFY(await(alice->retractions()->retract(gone.first().id)));
    QCOMPARE(await(alice->forwarding()->forward(gone.first().id, { alice->jid() })), refused);
    // No such message; too many chats; no chat at all.
    QCOMPARE(await(alice->forwarding()->forward(999999, { carol->jid() })), refused);
    QVERIFY(!await(alice->forwarding()->forward(gone.first().id,
                       { QStringLiteral("a@x"), QStringLiteral("b@x"), QStringLiteral("c@x"),
                           QStringLiteral("d@x"), QStringLiteral("e@x"), QStringLiteral("f@x") }))
                 .isEmpty());
    QVERIFY(!await(alice->forwarding()->forward(gone.first().id, {})).isEmpty());
    QVERIFY(signedOut(*alice));
    QVERIFY(signedOut(*carol));
}

QTEST_MAIN(TestForward)
#include "tst_forward.moc"
