// A chat's files for the contact page and the viewer: newest first, a page at a time, only
// images when asked, and live as files arrive, change and go.
#include "AccountSession.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"
#include "SharedMediaModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");
} // namespace

class TestSharedMediaModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ModelTestProfile profile;
        AccountSession account { ProfilePaths(profile.root()) };
        SharedMediaModel model;
        QAbstractItemModelTester tester { &model,
            QAbstractItemModelTester::FailureReportingMode::QtTest };

        // count messages with Alice a second apart, oldest first: every third is text only,
        // the others alternate photo and PDF. One file goes to Bob, who is not this chat.
        QList<Message> fill(int count) const
        {
            if (!QTest::qWaitFor([&] { return account.accountId() > 0; }))
                return {};
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QList<Message> messages;
            for (int i = 0; i < count; ++i) {
                Message m = profile.message(Alice, Direction::Incoming, {},
                    now - qint64 { count - i } * 1000, QStringLiteral("m%1").arg(i));
                if (i % 3 == 0)
                    m.body = QStringLiteral("text %1").arg(i);
                else if (i % 2 == 0)
                    m.attachments = { ModelTestProfile::file(
                        QStringLiteral("p%1.jpg").arg(i), QStringLiteral("image/jpeg"), 1000 + i) };
                else
                    m.attachments = { ModelTestProfile::file(QStringLiteral("d%1.pdf").arg(i),
                        QStringLiteral("application/pdf"), 1000 + i) };
                messages.append(m);
            }
            Message other
                = profile.message(Bob, Direction::Incoming, {}, now, QStringLiteral("bob1"));
            other.attachments = { ModelTestProfile::file(
                QStringLiteral("bob.jpg"), QStringLiteral("image/jpeg"), 10) };
            messages.append(other);
            return Test::await(account.history()->messages().insertMessages(messages));
        }

        QVariant at(int row, int role) const { return model.data(model.index(row), role); }
        void show()
        {
            model.setSession(&account);
            model.setPeer(Alice);
        }
    };

private Q_SLOTS:
    void listsFilesNewestFirstByPages()
    {
        Fixture f;
        QVERIFY(f.profile.isValid());
        // 150 messages: 100 with files, so two pages of 60 show them all.
        const QList<Message> stored = f.fill(150);
        QCOMPARE(stored.size(), 151);
        f.show();
        QTRY_COMPARE(f.model.rowCount(), SharedMediaModel::PageSize);
        QVERIFY(!f.model.atEnd());
        QCOMPARE(f.at(0, SharedMediaModel::MessageIdRole).toLongLong(), stored.at(149).id);
        for (int row = 1; row < f.model.rowCount(); ++row)
            QVERIFY(f.at(row - 1, SharedMediaModel::TimestampRole).toLongLong()
                > f.at(row, SharedMediaModel::TimestampRole).toLongLong());
        QVERIFY(f.model.canFetchMore({}));
        f.model.fetchOlder();
        QTRY_COMPARE(f.model.rowCount(), 100);
        QTRY_VERIFY(f.model.atEnd());
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(f.at(99, SharedMediaModel::MessageIdRole).toLongLong(), stored.at(1).id);
        QCOMPARE(f.at(99, AttachmentRoles::FileNameRole).toString(), QStringLiteral("d1.pdf"));
    }

    // The viewer opens on an old photo: pages load until it is found.
    void findsAnOldFileByPaging()
    {
        Fixture f;
        const QList<Message> stored = f.fill(150);
        QCOMPARE(stored.size(), 151);
        f.show();
        QSignalSpy found(&f.model, &SharedMediaModel::found);
        f.model.find(stored.at(2).id);
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).toLongLong(), stored.at(2).id);
        const int row = found.first().at(1).toInt();
        QVERIFY(row >= SharedMediaModel::PageSize);
        QCOMPARE(f.model.rowOf(stored.at(2).id), row);
        // A text message is not a file of the list.
        f.model.find(stored.at(0).id);
        QTRY_COMPARE(found.size(), 2);
        QCOMPARE(found.at(1).at(1).toInt(), -1);
    }

    void imagesOnlyForTheViewer()
    {
        Fixture f;
        const QList<Message> stored = f.fill(30);
        QCOMPARE(stored.size(), 31);
        f.model.setImagesOnly(true);
        f.show();
        QTRY_VERIFY(f.model.atEnd());
        QCOMPARE(f.model.rowCount(), 10); // i = 2, 4, 8, 10, 14, 16, 20, 22, 26, 28
        for (int row = 0; row < f.model.rowCount(); ++row)
            QCOMPARE(f.at(row, AttachmentRoles::MediaKindRole).toInt(), int(MediaKind::Image));
        QCOMPARE(f.model.rowOf(stored.at(28).id), 0);
        QCOMPARE(f.model.rowOf(stored.at(1).id), -1);
    }

    void followsTheStore()
    {
        Fixture f;
        const QList<Message> stored = f.fill(6);
        QCOMPARE(stored.size(), 7);
        f.show();
        QTRY_VERIFY(f.model.atEnd());
        QCOMPARE(f.model.rowCount(), 4);

        // A new file lands on top; a new text and Bob's file do not.
        Message photo = f.profile.message(Alice, Direction::Outgoing, {},
            QDateTime::currentMSecsSinceEpoch() + 1000, QStringLiteral("new"));
        photo.attachments = { ModelTestProfile::file(
            QStringLiteral("new.jpg"), QStringLiteral("image/jpeg"), 5) };
        Message text = f.profile.message(Alice, Direction::Incoming, QStringLiteral("hi"),
            QDateTime::currentMSecsSinceEpoch() + 2000, QStringLiteral("text"));
        const QList<Message> added
            = Test::await(f.account.history()->messages().insertMessages({ photo, text }));
        QCOMPARE(added.size(), 2);
        QTRY_COMPARE(f.model.rowCount(), 5);
        QCOMPARE(f.at(0, SharedMediaModel::MessageIdRole).toLongLong(), added.at(0).id);
        QVERIFY(f.at(0, SharedMediaModel::OutgoingRole).toBool());

        // A download that finished shows its file.
        Attachment pdf = stored.at(5).attachments.at(0);
        pdf.transfer = TransferState::Ready;
        pdf.localPath = f.profile.root() + QStringLiteral("/d5.pdf");
        const int row = f.model.rowOf(stored.at(5).id);
        QVERIFY(row >= 0);
        QVERIFY(Test::await(f.account.history()->messages().updateAttachment(pdf)));
        QTRY_COMPARE(
            f.at(row, AttachmentRoles::LocalUrlRole).toUrl(), QUrl::fromLocalFile(pdf.localPath));

        // A removed message leaves the list.
        QVERIFY(Test::await(f.account.history()->messages().removeMessage(stored.at(5).id)));
        QTRY_COMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.rowOf(stored.at(5).id), -1);
    }
};

QTEST_GUILESS_MAIN(TestSharedMediaModel)
#include "tst_sharedmediamodel.moc"
