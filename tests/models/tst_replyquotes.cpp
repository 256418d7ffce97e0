// Replies in a conversation (XEP-0461): the quote of what a reply answers, from the window or
// read on demand; a reply stored before its original shows it once the original arrives; a
// removed original says so. And the composer's reply target, kept in the draft.
#include "AccountSession.h"
#include "ChatComposer.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <utility>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
constexpr qint64 Minute = 60'000;
} // namespace

class TestReplyQuotes : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ModelTestProfile profile;
        AccountSession account { ProfilePaths(profile.root()) };
        ConversationModel model;
        QAbstractItemModelTester tester { &model,
            QAbstractItemModelTester::FailureReportingMode::QtTest };
        qint64 now = QDateTime::currentMSecsSinceEpoch();

        bool ready() const
        {
            return QTest::qWaitFor([&] { return account.accountId() > 0; });
        }

        Message store(Message m) const
        {
            const QList<Message> stored
                = Test::await(account.history()->messages().insertMessages({ std::move(m) }));
            return stored.isEmpty() ? Message() : stored.first();
        }

        Message incoming(const QString &body, const QString &id, int minutesAgo) const
        {
            return profile.message(Alice, Direction::Incoming, body, now - minutesAgo * Minute, id);
        }

        QVariant at(qint64 messageId, int role) const
        {
            return model.data(model.index(model.rowOf(messageId)), role);
        }

        int state(qint64 messageId) const
        {
            return at(messageId, ConversationModel::ReplyStateRole).toInt();
        }

        void open()
        {
            model.setSession(&account);
            model.setPeer(Alice);
        }
    };

private Q_SLOTS:
    void quotesTheOriginal()
    {
        Fixture f;
        QVERIFY(f.profile.isValid() && f.ready());
        const Message original = f.store(
            f.incoming(QStringLiteral("lunch at noon?\nor later"), QStringLiteral("a1"), 10));
        Message reply = f.profile.message(Alice, Direction::Outgoing, QStringLiteral("yes"),
            f.now - Minute, QStringLiteral("b1"));
        reply.replyRef = QStringLiteral("a1");
        reply.replyAuthor = Alice;
        const Message stored = f.store(reply);
        QCOMPARE(stored.replyToId, original.id); // tied as it was stored
        f.open();
        QTRY_VERIFY(f.model.rowOf(stored.id) >= 0);
        QTRY_COMPARE(f.state(stored.id), int(ReplyQuotes::State::Shown));
        QCOMPARE(f.at(stored.id, ConversationModel::ReplyAuthorRole).toString(),
            QStringLiteral("alice"));
        QCOMPARE(f.at(stored.id, ConversationModel::ReplyExcerptRole).toString(),
            QStringLiteral("lunch at noon? or later"));
        QVERIFY(f.at(stored.id, ConversationModel::ReplyColorRole).value<QColor>().isValid());
        QCOMPARE(f.state(original.id), int(ReplyQuotes::State::None));

        // A click on the quote shows the original.
        QSignalSpy position(&f.model, &ConversationModel::positionRequested);
        f.model.jumpToOriginal(stored.id);
        QTRY_COMPARE(position.count(), 1);
        QCOMPARE(position.first().first().toInt(), f.model.rowOf(original.id));
    }

    void photoQuoteHasAThumbnail()
    {
        Fixture f;
        QVERIFY(f.profile.isValid() && f.ready());
        Message photo = f.incoming(QString(), QStringLiteral("p1"), 10);
        photo.attachments = { ModelTestProfile::file(
            QStringLiteral("beach.jpg"), QStringLiteral("image/jpeg"), 1000) };
        const Message original = f.store(photo);
        Message reply = f.incoming(QStringLiteral("nice"), QStringLiteral("p2"), 1);
        reply.replyRef = QStringLiteral("p1");
        const Message stored = f.store(reply);
        f.open();
        QTRY_VERIFY(f.model.rowOf(stored.id) >= 0);
        QTRY_COMPARE(f.state(stored.id), int(ReplyQuotes::State::Shown));
        QVERIFY(f.at(stored.id, ConversationModel::ReplyThumbnailRole)
                    .toString()
                    .startsWith(QStringLiteral("image://thumbnail/")));
        QCOMPARE(f.at(stored.id, ConversationModel::ReplyExcerptRole).toString(),
            QStringLiteral("Photo"));
        Q_UNUSED(original);
    }

    void originalArrivingLaterIsQuoted()
    {
        Fixture f;
        QVERIFY(f.profile.isValid() && f.ready());
        Message reply = f.incoming(QStringLiteral("as I said"), QStringLiteral("r1"), 1);
        reply.replyRef = QStringLiteral("late");
        const Message stored = f.store(reply);
        QCOMPARE(stored.replyToId, 0);
        f.open();
        QTRY_VERIFY(f.model.rowOf(stored.id) >= 0);
        QCOMPARE(f.state(stored.id), int(ReplyQuotes::State::NotFound));

        const Message late
            = f.store(f.incoming(QStringLiteral("the plan"), QStringLiteral("late"), 5));
        QVERIFY(late.id != 0);
        QTRY_COMPARE(f.state(stored.id), int(ReplyQuotes::State::Shown));
        QCOMPARE(f.at(stored.id, ConversationModel::ReplyExcerptRole).toString(),
            QStringLiteral("the plan"));
        QCOMPARE(
            Test::await(f.account.history()->messages().message(stored.id)).replyToId, late.id);

        // Not here and not reachable (offline): said once, not searched forever.
        Message orphan = f.incoming(QStringLiteral("what?"), QStringLiteral("r2"), 0);
        orphan.replyRef = QStringLiteral("never");
        const Message lost = f.store(orphan);
        QTRY_VERIFY(f.model.rowOf(lost.id) >= 0);
        QSignalSpy notFound(&f.model, &ConversationModel::originalNotFound);
        f.model.jumpToOriginal(lost.id);
        QTRY_COMPARE(notFound.count(), 1);
    }

    void removedOriginalSaysSo()
    {
        Fixture f;
        QVERIFY(f.profile.isValid() && f.ready());
        const Message original
            = f.store(f.incoming(QStringLiteral("oops"), QStringLiteral("d1"), 5));
        Message reply = f.incoming(QStringLiteral("what?"), QStringLiteral("d2"), 1);
        reply.replyRef = QStringLiteral("d1");
        const Message stored = f.store(reply);
        f.open();
        QTRY_VERIFY(f.model.rowOf(stored.id) >= 0);
        QTRY_COMPARE(f.state(stored.id), int(ReplyQuotes::State::Shown));
        QVERIFY(Test::await(f.account.history()->messages().removeMessage(original.id)));
        QTRY_COMPARE(f.state(stored.id), int(ReplyQuotes::State::Deleted));
    }

    void composerKeepsTheReplyInTheDraft()
    {
        Fixture f;
        QVERIFY(f.profile.isValid() && f.ready());
        const Message original
            = f.store(f.incoming(QStringLiteral("lunch at noon?"), QStringLiteral("c1"), 5));
        {
            ChatComposer composer;
            QSignalSpy changed(&composer, &ChatComposer::replyChanged);
            composer.setSession(&f.account);
            composer.setPeer(Alice);
            composer.setChatId(original.chatId);
            composer.replyTo(original.id);
            QTRY_COMPARE(composer.replyToId(), original.id);
            QCOMPARE(composer.replyAuthor(), QStringLiteral("alice"));
            QCOMPARE(composer.replyExcerpt(), QStringLiteral("lunch at noon?"));
        } // saved as the composer goes
        ChatComposer reopened;
        reopened.setSession(&f.account);
        reopened.setPeer(Alice);
        reopened.setChatId(original.chatId);
        QTRY_COMPARE(reopened.replyToId(), original.id);
        reopened.cancelReply();
        QCOMPARE(reopened.replyToId(), 0);
        QTRY_COMPARE(Test::await(f.account.history()->drafts().replyTo(original.chatId)), 0);
    }

    void outboxKeepsTheQuote()
    {
        Fixture f;
        QVERIFY(f.profile.isValid() && f.ready());
        Message reply = f.profile.message(
            Alice, Direction::Outgoing, QStringLiteral("yes"), f.now, QStringLiteral("o1"));
        reply.originId = QStringLiteral("o1");
        reply.deliveryState = DeliveryState::Pending;
        reply.replyRef = QStringLiteral("a1");
        reply.replyAuthor = Alice;
        reply.replyQuote = QStringLiteral("> alice: lunch?\n");
        QVERIFY(f.store(reply).id != 0);
        // What goes out again after a restart is what went out the first time.
        const QList<Message> outbox = Test::await(
            f.account.history()->messages().outbox(f.profile.accountId(), OutboxKind::People));
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().replyRef, reply.replyRef);
        QCOMPARE(outbox.first().replyAuthor, reply.replyAuthor);
        QCOMPARE(outbox.first().replyQuote, reply.replyQuote);
    }
};

QTEST_MAIN(TestReplyQuotes)
#include "tst_replyquotes.moc"
