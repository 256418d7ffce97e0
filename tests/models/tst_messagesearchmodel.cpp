// Search results for QML: matches highlighted inside escaped snippets, newest first, limited to
// the chat when one is given.
#include "AccountSession.h"
#include "HistoryService.h"
#include "MessageSearchModel.h"
#include "ModelTestProfile.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

class TestMessageSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippetsAreEscapedAndHighlighted()
    {
        const QString snippet = QStringLiteral("a <b>tag</b> & ") + SearchHit::MatchStart
            + QStringLiteral("Bananas") + SearchHit::MatchEnd;
        QCOMPARE(MessageSearchModel::snippetHtml(snippet),
            QStringLiteral("a &lt;b&gt;tag&lt;/b&gt; &amp; <b>Bananas</b>"));
    }

    void findsMessagesInAllChatsOrOne()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<Message> stored = Test::await(account.history()->messages().insertMessages({
            profile.message(QStringLiteral("alice@example.org"), Direction::Incoming,
                QStringLiteral("Crème brûlée tonight?"), now - 3000, QStringLiteral("s1")),
            profile.message(QStringLiteral("bob@example.org"), Direction::Outgoing,
                QStringLiteral("the creme was <great>"), now - 2000, QStringLiteral("s2")),
            profile.message(QStringLiteral("bob@example.org"), Direction::Incoming,
                QStringLiteral("nothing to see"), now - 1000, QStringLiteral("s3")),
        }));
        QCOMPARE(stored.size(), 3);

        MessageSearchModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&account);
        model.setQuery(QStringLiteral("CREME"));
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_VERIFY(!model.isSearching());
        auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, MessageSearchModel::MessageIdRole).toLongLong(), stored.at(1).id);
        QVERIFY(at(0, MessageSearchModel::OutgoingRole).toBool());
        const QString snippet = at(0, MessageSearchModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<b>creme</b>")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("&lt;great&gt;")), qPrintable(snippet));
        QCOMPARE(
            at(1, MessageSearchModel::PeerRole).toString(), QStringLiteral("alice@example.org"));
        QCOMPARE(at(1, MessageSearchModel::NameRole).toString(), QStringLiteral("alice"));

        model.setChatId(stored.at(0).chatId);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(at(0, MessageSearchModel::MessageIdRole).toLongLong(), stored.at(0).id);

        model.setQuery(QString());
        QTRY_COMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageSearchModel)
#include "tst_messagesearchmodel.moc"
