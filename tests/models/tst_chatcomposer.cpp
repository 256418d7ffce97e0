// The composer's backing object: drafts kept per chat across restarts, and a send that lands in
// the outbox (pending) even with no connection.
#include "AccountSession.h"
#include "ChatComposer.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"

#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");
} // namespace

class TestChatComposer : public QObject
{
    Q_OBJECT

private:
    static qint64 chatWith(AccountSession &account, const QString &peer)
    {
        return Test::await(account.history()->chats().ensureChat(account.accountId(), peer));
    }

private Q_SLOTS:
    void keepsADraftPerChatAcrossRestarts()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        {
            AccountSession account { ProfilePaths(profile.root()) };
            QTRY_VERIFY(account.accountId() > 0);
            const qint64 alice = chatWith(account, Alice);
            const qint64 bob = chatWith(account, Bob);
            ChatComposer composer;
            QSignalSpy loaded(&composer, &ChatComposer::draftLoaded);
            composer.setSession(&account);
            composer.setPeer(Alice);
            composer.setChatId(alice);
            QTRY_VERIFY(loaded.count() >= 1);
            QCOMPARE(composer.draft(), QString());
            composer.edited(QStringLiteral("half a thought"));
            // Switching chats writes the draft at once.
            composer.setPeer(Bob);
            composer.setChatId(bob);
            composer.edited(QStringLiteral("for bob"));
            composer.setPeer(Alice);
            composer.setChatId(alice);
            QTRY_COMPARE(composer.draft(), QStringLiteral("half a thought"));
        } // the composer writes the last draft as it goes away
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        ChatComposer composer;
        composer.setSession(&account);
        composer.setPeer(Bob);
        composer.setChatId(chatWith(account, Bob));
        QTRY_COMPARE(composer.draft(), QStringLiteral("for bob"));
    }

    void sendingStoresThePendingMessageAndClearsTheDraft()
    {
        ModelTestProfile profile;
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        ConversationModel conversation;
        conversation.setSession(&account);
        conversation.setPeer(Alice);
        QTRY_VERIFY(conversation.chatId() > 0);
        ChatComposer composer;
        composer.setSession(&account);
        composer.setPeer(Alice);
        composer.setChatId(conversation.chatId());
        composer.edited(QStringLiteral("draft text"));
        QVERIFY(!composer.send(QStringLiteral("  \n ")));
        QSignalSpy sent(&composer, &ChatComposer::sent);
        QVERIFY(composer.send(QStringLiteral("\n  line one\nline two  \n")));
        QCOMPARE(sent.count(), 1);
        QTRY_COMPARE(conversation.rowCount(), 1);
        const QModelIndex row = conversation.index(0);
        QCOMPARE(
            row.data(ConversationModel::BodyRole).toString(), QStringLiteral("line one\nline two"));
        QVERIFY(row.data(ConversationModel::OutgoingRole).toBool());
        QCOMPARE(
            row.data(ConversationModel::DeliveryStateRole).toInt(), int(DeliveryState::Pending));
        QCOMPARE(composer.errorText(), QString());
        // The draft went with the message.
        QCOMPARE(Test::await(account.history()->drafts().draft(conversation.chatId())), QString());
    }
};

QTEST_GUILESS_MAIN(TestChatComposer)
#include "tst_chatcomposer.moc"
