// What Natter tells people who are not its contacts, and whose word it takes, against the real
// ejabberd: receipts, chat markers and chat states go only to contacts, markers only for messages
// that asked for them, and an error stanza counts only from the peer the message went to.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ChatStateService.h"
#include "ChatStore.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "RawStanza.h"
#include "SentTo.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("strangers-pw");
constexpr int NetworkMs = 15000;

using Test::await;
using Test::SentTo;

// The one message in account's chat with peer, once it is stored; an empty Message until then.
Message onlyMessage(AccountSession &account, const QString &peer)
{
    const auto chats = await(account.history()->chats().chats(account.accountId()));
    for (const Chat &chat : chats) {
        if (chat.peer != peer)
            continue;
        const auto messages = await(account.history()->messages().newest(chat.id, 10));
        return messages.size() == 1 ? messages.first() : Message();
    }
    return {};
}

bool isRead(AccountSession &account, qint64 messageId)
{
    return await(account.history()->messages().message(messageId)).read;
}

QString displayedMarker(const QString &id)
{
    return QStringLiteral("<displayed xmlns=\"urn:xmpp:chat-markers:0\" id=\"%1\"").arg(id);
}

QString receiptFor(const QString &id)
{
    return QStringLiteral("<received xmlns=\"urn:xmpp:receipts\" id=\"%1\"").arg(id);
}

// A chat message with a receipt request and, when markable, a request for chat markers; its
// origin-id differs from its id, so which of them a marker names shows.
QString askingMessage(const QString &to, const QString &id, bool markable, const QString &body)
{
    return QStringLiteral("<message type='chat' to='%1' id='%2'><body>%3</body>"
                          "<origin-id xmlns='urn:xmpp:sid:0' id='origin-%2'/>"
                          "<request xmlns='urn:xmpp:receipts'/>%4"
                          "<active xmlns='http://jabber.org/protocol/chatstates'/></message>")
        .arg(to, id, body,
            markable ? QStringLiteral("<markable xmlns='urn:xmpp:chat-markers:0'/>") : QString());
}
} // namespace

class TestStrangers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void strangerLearnsNothingFromMessages();
    void contactsMarkableMessageIsMarkedByItsId();
    void contactsPlainMessageGetsReceiptButNoMarker();
    void blockedContactLearnsNothing();
    void strangersErrorDoesNotFailOurMessage();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name, const QString &jid)
    {
        return m_accounts.signIn(name, jid);
    }
    // Two new accounts, signed in and each other's contacts; both null when that failed.
    std::pair<std::unique_ptr<AccountSession>, std::unique_ptr<AccountSession>> friends(
        const QString &a, const QString &b)
    {
        auto first = signIn(a, m_server.createAccount(a, Password));
        auto second = signIn(b, m_server.createAccount(b, Password));
        if (!first || !second || !Test::TestAccounts::befriend(*first, *second))
            return {};
        return { std::move(first), std::move(second) };
    }
    // A bare session for a stranger, who writes stanzas by hand.
    bool connectStranger(Session &session, const QString &jid)
    {
        QSignalSpy up(&session, &Session::connected);
        session.connectToServer(m_server.settingsFor(jid, Password));
        return up.wait(NetworkMs);
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

// A stranger asks for a receipt and markers and says it is active: Natter stores the message
// and tells the stranger nothing, however the person reads and types in that chat.
void TestStrangers::strangerLearnsNothingFromMessages()
{
    const QString aJid = m_server.createAccount(QStringLiteral("sara"), Password);
    const QString sJid = m_server.createAccount(QStringLiteral("stan"), Password);
    auto a = signIn(QStringLiteral("sara"), aJid);
    QVERIFY(a);
    SentTo sent(*a, sJid);
    Session stranger;
    QVERIFY(connectStranger(stranger, sJid));

    // Stored means acknowledged, had it been a contact: the receipt goes out in the same step.
    QSignalSpy stored(a->messaging(), &MessagingService::messagesStored);
    QVERIFY(Test::sendRawStanza(stranger,
        askingMessage(a->session()->boundJid(), QStringLiteral("s1"), true, QStringLiteral("hi"))));
    QVERIFY(stored.wait(NetworkMs));
    const Message message = onlyMessage(*a, sJid);
    QCOMPARE(message.body, QStringLiteral("hi"));
    QVERIFY(message.markable);

    a->messaging()->markDisplayed(message.id);
    QTRY_VERIFY_WITH_TIMEOUT(isRead(*a, message.id), NetworkMs);
    a->chatStates()->setChatFocused(sJid, true);
    a->chatStates()->userTyped(sJid);
    a->chatStates()->userStoppedTyping(sJid);
    a->chatStates()->setChatFocused(sJid, false);
    QVERIFY2(sent.stanzas().isEmpty(), qPrintable(sent.stanzas().join(u'\n')));

    // Writing to them is the person's choice, and the recorder does see it.
    QVERIFY(!await(a->messaging()->send(sJid, QStringLiteral("who are you?"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(QStringLiteral("who are you?")), 1, NetworkMs);
    QCOMPARE(sent.stanzas().size(), 1);
}

// A contact's message that asked for markers gets its receipt and, once read, a displayed
// marker, both naming the stanza's id; the archive keeps that it asked.
void TestStrangers::contactsMarkableMessageIsMarkedByItsId()
{
    const auto [a, b] = friends(QStringLiteral("tara"), QStringLiteral("tom"));
    QVERIFY(a && b);
    const QString aJid = a->jid();
    const QString bJid = b->jid();
    SentTo sent(*a, bJid);

    QVERIFY(Test::sendRawStanza(
        *b->session(), askingMessage(aJid, QStringLiteral("m1"), true, QStringLiteral("mark me"))));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(receiptFor(QStringLiteral("m1"))), 1, NetworkMs);
    const Message message = onlyMessage(*a, bJid);
    QVERIFY(message.markable);
    QCOMPARE(message.messageId, QStringLiteral("m1"));

    a->messaging()->markDisplayed(message.id);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(displayedMarker(QStringLiteral("m1"))), 1, NetworkMs);
    QCOMPARE(sent.count(QStringLiteral("origin-m1")), 0);

    // Another device of the person restores it from the archive, still markable.
    auto second = signIn(QStringLiteral("tara-laptop"), aJid);
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(second->archive()->completedCatchUps() > 0, NetworkMs);
    const Message restored = onlyMessage(*second, bJid);
    QCOMPARE(restored.body, QStringLiteral("mark me"));
    QVERIFY(restored.markable);
}

// A contact's message that did not ask for markers gets its receipt, and no marker when read.
void TestStrangers::contactsPlainMessageGetsReceiptButNoMarker()
{
    const auto [a, b] = friends(QStringLiteral("uma"), QStringLiteral("ugo"));
    QVERIFY(a && b);
    const QString aJid = a->jid();
    const QString bJid = b->jid();
    SentTo sent(*a, bJid);

    QVERIFY(Test::sendRawStanza(
        *b->session(), askingMessage(aJid, QStringLiteral("p1"), false, QStringLiteral("plain"))));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(receiptFor(QStringLiteral("p1"))), 1, NetworkMs);
    const Message message = onlyMessage(*a, bJid);
    QVERIFY(!message.markable);

    a->messaging()->markDisplayed(message.id);
    QTRY_VERIFY_WITH_TIMEOUT(isRead(*a, message.id), NetworkMs);
    // A marker would have gone out before the chat state that follows it.
    a->chatStates()->userTyped(bJid);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(QStringLiteral("<composing")), 1, NetworkMs);
    QCOMPARE(sent.count(QStringLiteral("chat-markers")), 0);
}

// Blocking a contact ends what they learn: no marker for what they wrote before, no typing.
void TestStrangers::blockedContactLearnsNothing()
{
    const auto [a, b] = friends(QStringLiteral("vera"), QStringLiteral("vic"));
    QVERIFY(a && b);
    const QString aJid = a->jid();
    const QString bJid = b->jid();
    SentTo sent(*a, bJid);
    QVERIFY(Test::sendRawStanza(*b->session(),
        askingMessage(aJid, QStringLiteral("b1"), true, QStringLiteral("before the block"))));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(receiptFor(QStringLiteral("b1"))), 1, NetworkMs);
    const Message message = onlyMessage(*a, bJid);

    QVERIFY(a->contacts()->block(bJid));
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->isBlocked(bJid), NetworkMs);
    const qsizetype before = sent.stanzas().size();
    a->messaging()->markDisplayed(message.id);
    QTRY_VERIFY_WITH_TIMEOUT(isRead(*a, message.id), NetworkMs);
    a->chatStates()->userTyped(bJid);
    a->chatStates()->setChatFocused(bJid, false);
    QCOMPARE(sent.stanzas().size(), before);
}

// A stranger who knows (or guesses) the id of our message sends an error for it: the message
// stays sent. The peer's own error still fails it (see tst_messaging).
void TestStrangers::strangersErrorDoesNotFailOurMessage()
{
    const QString aJid = m_server.createAccount(QStringLiteral("wendy"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("walt"), Password);
    const QString sJid = m_server.createAccount(QStringLiteral("wanda"), Password);
    auto a = signIn(QStringLiteral("wendy"), aJid);
    QVERIFY(a);
    const auto ours = await(a->messaging()->send(bJid, QStringLiteral("for walt only")));
    QCOMPARE(ours.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        await(a->history()->messages().message(ours.first().id)).deliveryState, DeliveryState::Sent,
        NetworkMs);

    Session stranger;
    QVERIFY(connectStranger(stranger, sJid));
    // To the full JID: a server drops an error addressed to a bare JID (RFC 6121 8.5.2.1.1).
    const QString aFull = a->session()->boundJid();
    QVERIFY(Test::sendRawStanza(stranger,
        QStringLiteral("<message type='error' to='%1' id='%2'><error type='cancel'>"
                       "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                       "</error></message>")
            .arg(aFull, ours.first().originId)));
    // A real message last: once it is stored, the errors before it were handled.
    QVERIFY(Test::sendRawStanza(stranger,
        QStringLiteral("<message type='chat' to='%1' id='w1'><body>after</body></message>")
            .arg(aFull)));
    QTRY_COMPARE_WITH_TIMEOUT(onlyMessage(*a, sJid).body, QStringLiteral("after"), NetworkMs);
    const Message after = await(a->history()->messages().message(ours.first().id));
    QCOMPARE(after.deliveryState, DeliveryState::Sent);
    QVERIFY(after.errorText.isEmpty());
}

QTEST_GUILESS_MAIN(TestStrangers)
#include "tst_strangers.moc"
