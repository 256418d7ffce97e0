// A message's file as the conversation shows it: kind, name, size and type, thumbnail and
// local file, and the transfer with its progress, which repaints only the row it belongs to.
#include "AccountSession.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "MediaService.h"
#include "ModelTestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
} // namespace

class TestAttachmentRoles : public QObject
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

        // A text, a photo with a caption, a PDF and a video, oldest first; the model shows them.
        QList<Message> fill()
        {
            if (!QTest::qWaitFor([&] { return account.accountId() > 0; }))
                return {};
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QList<Message> messages {
                profile.message(Alice, Direction::Incoming, QStringLiteral("look"), now - 4000,
                    QStringLiteral("t1")),
                profile.message(Alice, Direction::Incoming, {}, now - 3000, QStringLiteral("p1")),
                profile.message(Alice, Direction::Incoming, {}, now - 2000, QStringLiteral("d1")),
                profile.message(Alice, Direction::Outgoing, {}, now - 1000, QStringLiteral("v1")),
            };
            messages[1].attachments = { ModelTestProfile::file(QStringLiteral("balcony.jpg"),
                                            QStringLiteral("image/jpeg"), 2'400'000),
                ModelTestProfile::file(
                    QStringLiteral("street.jpg"), QStringLiteral("image/jpeg"), 1'000) };
            messages[1].attachments[0].description = QStringLiteral("the balcony at night");
            messages[2].attachments = { ModelTestProfile::file(
                QStringLiteral("minutes.pdf"), QStringLiteral("application/pdf"), 52'000) };
            Attachment video = ModelTestProfile::file(
                QStringLiteral("clip.mp4"), QStringLiteral("video/mp4"), 8'000'000);
            video.durationMs = 65'400;
            video.localPath = profile.root() + QStringLiteral("/clip.mp4");
            video.thumbnail.clear();
            video.transfer = TransferState::Uploading;
            messages[3].attachments = { video };
            QList<Message> stored
                = Test::await(account.history()->messages().insertMessages(messages));
            model.setSession(&account);
            model.setPeer(Alice);
            if (!QTest::qWaitFor([&] { return model.rowCount() == 4; }))
                return {};
            return stored;
        }

        QVariant at(int row, int role) const { return model.data(model.index(row), role); }
    };

private Q_SLOTS:
    void describesTheFirstFile()
    {
        Fixture f;
        QVERIFY(f.profile.isValid());
        const QList<Message> stored = f.fill();
        QCOMPARE(stored.size(), 4);
        // Rows are newest first: video, document, photo, text.
        QCOMPARE(f.at(3, AttachmentRoles::AttachmentCountRole).toInt(), 0);
        QCOMPARE(f.at(3, AttachmentRoles::MediaKindRole).toInt(), -1);
        QCOMPARE(f.at(3, AttachmentRoles::ThumbnailUrlRole).toString(), QString());

        const Attachment photo = stored.at(1).attachments.at(0);
        QVERIFY(photo.id > 0);
        QCOMPARE(f.at(2, AttachmentRoles::AttachmentCountRole).toInt(), 2);
        QCOMPARE(f.at(2, AttachmentRoles::AttachmentIdRole).toLongLong(), photo.id);
        QCOMPARE(f.at(2, AttachmentRoles::MediaKindRole).toInt(), int(MediaKind::Image));
        QCOMPARE(f.at(2, AttachmentRoles::FileNameRole).toString(), QStringLiteral("balcony.jpg"));
        QCOMPARE(f.at(2, AttachmentRoles::FileSizeRole).toLongLong(), 2'400'000);
        QCOMPARE(f.at(2, AttachmentRoles::FileSizeTextRole).toString(),
            QLocale().formattedDataSize(2'400'000, 1, QLocale::DataSizeSIFormat));
        QCOMPARE(f.at(2, AttachmentRoles::FileTypeTextRole).toString(), QStringLiteral("JPG"));
        QCOMPARE(f.at(2, AttachmentRoles::MediaWidthRole).toInt(), 4000);
        QCOMPARE(f.at(2, AttachmentRoles::MediaHeightRole).toInt(), 3000);
        QCOMPARE(f.at(2, AttachmentRoles::CaptionRole).toString(),
            QStringLiteral("the balcony at night"));
        QCOMPARE(f.at(2, AttachmentRoles::TransferStateRole).toInt(), int(TransferState::Remote));
        QCOMPARE(f.at(2, AttachmentRoles::TransferProgressRole).toDouble(), -1.0);
        QCOMPARE(f.at(2, AttachmentRoles::LocalUrlRole).toUrl(), QUrl());
        QCOMPARE(f.at(2, AttachmentRoles::ThumbnailUrlRole).toString(),
            QStringLiteral("image://thumbnail/%1").arg(photo.id));

        QCOMPARE(f.at(1, AttachmentRoles::MediaKindRole).toInt(), int(MediaKind::Document));
        QCOMPARE(f.at(1, AttachmentRoles::FileTypeTextRole).toString(), QStringLiteral("PDF"));

        QCOMPARE(f.at(0, AttachmentRoles::MediaKindRole).toInt(), int(MediaKind::Video));
        QCOMPARE(f.at(0, AttachmentRoles::DurationMsRole).toLongLong(), 65'400);
        QCOMPARE(f.at(0, AttachmentRoles::DurationTextRole).toString(), QStringLiteral("1:05"));
        QCOMPARE(f.at(0, AttachmentRoles::ThumbnailUrlRole).toString(), QString());
        // Ours, still uploading: the bubble shows the file itself under the upload's progress.
        QVERIFY(f.at(0, AttachmentRoles::LocalUrlRole).toUrl().isLocalFile());

        const QHash<int, QByteArray> names = f.model.roleNames();
        QCOMPARE(names.value(AttachmentRoles::TransferProgressRole), "transferProgress");
        QCOMPARE(names.value(ConversationModel::HtmlRole), "html");
    }

    void progressRepaintsOnlyItsRow()
    {
        Fixture f;
        const QList<Message> stored = f.fill();
        QCOMPARE(stored.size(), 4);
        const qint64 video = stored.at(3).attachments.at(0).id;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        Q_EMIT f.account.media()->progressChanged(video, 0.25);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(2).value<QList<int>>(),
            QList<int> { AttachmentRoles::TransferProgressRole });
        QCOMPARE(f.at(0, AttachmentRoles::TransferProgressRole).toDouble(), 0.25);
        // A report for a file that is not shown changes nothing.
        Q_EMIT f.account.media()->progressChanged(video + 1000, 0.5);
        QCOMPARE(changed.size(), 1);
        // A file that is not transferring has no progress, whatever was reported last.
        Q_EMIT f.account.media()->progressChanged(stored.at(1).attachments.at(0).id, 0.5);
        QCOMPARE(f.at(2, AttachmentRoles::TransferProgressRole).toDouble(), -1.0);
    }

    void transferStateFollowsTheStore()
    {
        Fixture f;
        const QList<Message> stored = f.fill();
        QCOMPARE(stored.size(), 4);
        Attachment pdf = stored.at(2).attachments.at(0);
        pdf.transfer = TransferState::DownloadFailed;
        pdf.errorText = QStringLiteral("The link no longer works.");
        QVERIFY(Test::await(f.account.history()->messages().updateAttachment(pdf)));
        QTRY_COMPARE(f.at(1, AttachmentRoles::TransferStateRole).toInt(),
            int(TransferState::DownloadFailed));
        QCOMPARE(f.at(1, AttachmentRoles::TransferErrorRole).toString(), pdf.errorText);

        pdf.transfer = TransferState::Ready;
        pdf.errorText.clear();
        pdf.localPath = f.profile.root() + QStringLiteral("/minutes.pdf");
        QVERIFY(Test::await(f.account.history()->messages().updateAttachment(pdf)));
        QTRY_COMPARE(
            f.at(1, AttachmentRoles::LocalUrlRole).toUrl(), QUrl::fromLocalFile(pdf.localPath));
    }

    void previewNamesAFileByItsKind()
    {
        QCOMPARE(AttachmentRoles::previewText(QStringLiteral("image/png"), QStringLiteral("a.png")),
            QStringLiteral("Photo"));
        QCOMPARE(AttachmentRoles::previewText(QStringLiteral("video/mp4"), QStringLiteral("a.mp4")),
            QStringLiteral("Video"));
        QCOMPARE(AttachmentRoles::previewText(
                     QStringLiteral("audio/ogg"), QStringLiteral("voice-20261128.ogg")),
            QStringLiteral("Voice message"));
        QCOMPARE(
            AttachmentRoles::previewText(QStringLiteral("audio/mpeg"), QStringLiteral("song.mp3")),
            QStringLiteral("Audio"));
        QCOMPARE(AttachmentRoles::previewText(
                     QStringLiteral("application/pdf"), QStringLiteral("minutes.pdf")),
            QStringLiteral("minutes.pdf"));
        QCOMPARE(
            AttachmentRoles::previewIcon(QStringLiteral("image/png")), QStringLiteral("photo"));
        QCOMPARE(AttachmentRoles::previewIcon({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestAttachmentRoles)
#include "tst_attachmentroles.moc"
