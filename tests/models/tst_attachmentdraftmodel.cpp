// The attachment tray's model: files with their kind, size, preview and caption; refusals that
// keep a file from being sent; clipboard paste; and the composer sending the tray.
#include "AccountSession.h"
#include "AppSettings.h"
#include "AttachmentDraftModel.h"
#include "AttachmentRoles.h"
#include "ChatComposer.h"
#include "ConversationModel.h"
#include "ModelTestProfile.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
using Role = AttachmentDraftModel::Role;

QUrl writeFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size)) // sparse: costs no disk
        return {};
    return QUrl::fromLocalFile(file.fileName());
}

QUrl writeImage(const QTemporaryDir &dir, const QString &name)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = dir.filePath(name);
    return image.save(path) ? QUrl::fromLocalFile(path) : QUrl();
}

QVariant role(const AttachmentDraftModel &model, int row, Role r)
{
    return model.index(row).data(r);
}
} // namespace

class TestAttachmentDraftModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesShowKindSizeAndPreview()
    {
        QTemporaryDir dir;
        AttachmentDraftModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl photo = writeImage(dir, QStringLiteral("photo.png"));
        const QUrl report = writeFile(dir, QStringLiteral("report.pdf"), 2048);
        const QUrl song = writeFile(dir, QStringLiteral("song.mp3"), 10);
        QSignalSpy count(&model, &AttachmentDraftModel::countChanged);
        QCOMPARE(model.add({ photo, report, song }), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(count.count(), 1);
        QCOMPARE(role(model, 0, Role::FileNameRole).toString(), QStringLiteral("photo.png"));
        QCOMPARE(role(model, 0, Role::MediaKindRole).value<MediaKind>(), MediaKind::Image);
        QCOMPARE(role(model, 0, Role::PreviewUrlRole).toUrl(), photo);
        QCOMPARE(role(model, 1, Role::MediaKindRole).value<MediaKind>(), MediaKind::Document);
        QCOMPARE(role(model, 1, Role::SizeRole).toLongLong(), 2048);
        QVERIFY(role(model, 1, Role::SizeTextRole).toString().contains(u'2'));
        QVERIFY(role(model, 1, Role::PreviewUrlRole).toUrl().isEmpty());
        QCOMPARE(role(model, 2, Role::MediaKindRole).value<MediaKind>(), MediaKind::Audio);
        QCOMPARE(role(model, 2, Role::UrlRole).toUrl(), song);
        QCOMPARE(model.sendableCount(), 3);
        // The same file chosen again is not added twice.
        QCOMPARE(model.add({ report }), 0);
        QCOMPARE(model.rowCount(), 3);
    }

    void refusedFilesCarryTheirReasonAndAreNotSendable()
    {
        ModelTestProfile profile;
        QTemporaryDir dir;
        AccountSession account { ProfilePaths(profile.root()) };
        AttachmentDraftModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&account);
        const QUrl fine = writeFile(dir, QStringLiteral("notes.txt"), 100);
        const QUrl huge = writeFile(dir, QStringLiteral("film.mkv"), 101 * 1024 * 1024);
        QVERIFY(!huge.isEmpty());
        model.add({ fine, huge, QUrl(QStringLiteral("https://example.org/a.png")),
            QUrl::fromLocalFile(dir.filePath(QStringLiteral("gone.txt"))),
            QUrl::fromLocalFile(dir.path()) });
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(role(model, 0, Role::ErrorRole).toString(), QString());
        const QString tooBig = role(model, 1, Role::ErrorRole).toString();
        QVERIFY2(tooBig.contains(QStringLiteral("larger")), qPrintable(tooBig));
        QVERIFY2(tooBig.contains(QStringLiteral("100")), qPrintable(tooBig));
        QCOMPARE(role(model, 1, Role::MediaKindRole).value<MediaKind>(), MediaKind::Video);
        QVERIFY(!role(model, 2, Role::ErrorRole).toString().isEmpty()); // not on this computer
        QVERIFY(!role(model, 3, Role::ErrorRole).toString().isEmpty()); // missing
        QVERIFY(!role(model, 4, Role::ErrorRole).toString().isEmpty()); // a folder
        QCOMPARE(model.sendableCount(), 1);

        const auto sendable = model.takeSendable();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(sendable.first().url, fine);
        QCOMPARE(model.rowCount(), 4); // the refused stay, so the person sees why
        QCOMPARE(model.sendableCount(), 0);
    }

    void captionsRemoveAndClear()
    {
        QTemporaryDir dir;
        AttachmentDraftModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add({ writeFile(dir, QStringLiteral("a.txt"), 1),
            writeFile(dir, QStringLiteral("b.txt"), 2),
            writeFile(dir, QStringLiteral("c.txt"), 3) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCaption(1, QStringLiteral("the second"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        model.setCaption(1, QStringLiteral("the second")); // unchanged: no signal
        model.setCaption(7, QStringLiteral("nowhere"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.setData(model.index(2), QStringLiteral("third"), Role::CaptionRole));
        QCOMPARE(role(model, 1, Role::CaptionRole).toString(), QStringLiteral("the second"));
        QCOMPARE(role(model, 2, Role::CaptionRole).toString(), QStringLiteral("third"));

        model.remove(0);
        model.remove(-1);
        model.remove(5);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(role(model, 0, Role::FileNameRole).toString(), QStringLiteral("b.txt"));
        QCOMPARE(role(model, 0, Role::CaptionRole).toString(), QStringLiteral("the second"));
        const auto taken = model.takeSendable();
        QCOMPARE(taken.size(), 2);
        QCOMPARE(taken.at(1).caption, QStringLiteral("third"));
        QCOMPARE(model.rowCount(), 0);
    }

    void aTrayHoldsALimitedNumberOfFiles()
    {
        QTemporaryDir dir;
        AttachmentDraftModel model;
        QList<QUrl> many;
        for (int i = 0; i < AttachmentDraftModel::MaxFiles + 5; ++i)
            many.append(writeFile(dir, QStringLiteral("f%1.txt").arg(i), 1));
        QCOMPARE(model.add(many), AttachmentDraftModel::MaxFiles);
        QVERIFY(!model.notice().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.notice().isEmpty());
    }

    void compressStartsFromTheProfileSetting()
    {
        ModelTestProfile profile;
        AccountSession account { ProfilePaths(profile.root()) };
        account.appSettings()->setSendImagesCompressed(true);
        AttachmentDraftModel model;
        QVERIFY(!model.compressImages());
        model.setSession(&account);
        QVERIFY(model.compressImages());
        model.setCompressImages(false); // for this tray only
        QVERIFY(account.appSettings()->sendImagesCompressed()); // the profile keeps its own
        model.clear();
        QVERIFY(model.compressImages());
    }

    void pasteTakesFilesOrAnImageButNotText()
    {
        ModelTestProfile profile;
        QTemporaryDir dir;
        AccountSession account { ProfilePaths(profile.root()) };
        AttachmentDraftModel model;
        model.setSession(&account);
        QClipboard *clipboard = QGuiApplication::clipboard();

        clipboard->setText(QStringLiteral("just words"));
        QVERIFY(!model.paste());
        QCOMPARE(model.rowCount(), 0);

        auto *files = new QMimeData;
        files->setUrls({ writeFile(dir, QStringLiteral("doc.odt"), 5) });
        clipboard->setMimeData(files);
        QVERIFY(model.paste());
        QCOMPARE(model.rowCount(), 1);

        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::blue);
        clipboard->setImage(image);
        QSignalSpy finished(&model, &AttachmentDraftModel::pasteFinished);
        QVERIFY(model.paste());
        QVERIFY(finished.wait());
        QCOMPARE(model.rowCount(), 2);
        const QString path = role(model, 1, Role::UrlRole).toUrl().toLocalFile();
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(model.outgoingDir()).absolutePath());
        QVERIFY(path.startsWith(profile.root()));
        QCOMPARE(QImageReader(path).format(), QByteArray("png"));
        QCOMPARE(QImageReader(path).size(), QSize(40, 30));
        QCOMPARE(role(model, 1, Role::MediaKindRole).value<MediaKind>(), MediaKind::Image);
    }

    // The upload and the stanza are MediaService's (tst_media); here: the tray empties of what
    // it hands over, each file is stored as a message, refused files stay, and the text follows.
    void composerSendsTheTrayThenTheText()
    {
        ModelTestProfile profile;
        QTemporaryDir dir;
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        ChatComposer composer;
        composer.setSession(&account);
        composer.setPeer(Alice); // sending needs no chat id: only the draft does
        AttachmentDraftModel *tray = composer.attachments();
        tray->add({ writeImage(dir, QStringLiteral("a.png")),
            writeFile(dir, QStringLiteral("big.iso"), 200 * 1024 * 1024) });
        QCOMPARE(tray->sendableCount(), 1);

        QVERIFY(composer.send(QStringLiteral("see attached")));
        QCOMPARE(tray->rowCount(), 1);
        QCOMPARE(role(*tray, 0, Role::FileNameRole).toString(), QStringLiteral("big.iso"));
        ConversationModel conversation;
        conversation.setSession(&account);
        conversation.setPeer(Alice);
        // The picture is stored first, then the text (row 0 is the newest).
        QTRY_COMPARE(conversation.rowCount(), 2);
        QCOMPARE(conversation.index(0).data(ConversationModel::BodyRole).toString(),
            QStringLiteral("see attached"));
        QCOMPARE(conversation.index(1).data(AttachmentRoles::FileNameRole).toString(),
            QStringLiteral("a.png"));
        // Only a refused file and no text: nothing to send.
        QVERIFY(!composer.send(QString()));
        // Another chat starts with an empty tray.
        composer.setPeer(QStringLiteral("bob@example.org"));
        QCOMPARE(tray->rowCount(), 0);
    }
};

QTEST_MAIN(TestAttachmentDraftModel)
#include "tst_attachmentdraftmodel.moc"
