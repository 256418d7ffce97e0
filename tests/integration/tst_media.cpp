// Issue 9 end to end against the real ejabberd and its mod_http_upload: a photo goes from A to B
// as a link with metadata and a thumbnail, B sees the thumbnail before anything is downloaded,
// and the bytes B downloads match; files over the limit are refused; an upload interrupted by a
// restart resumes; a file that lies about being a picture is shown as a document.
#include "AccountSession.h"
#include "AppSettings.h"
#include "AudioPlayer.h"
#include "Await.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "MediaService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "RawStanza.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestAudioServer.h"
#include "TestServer.h"
#include "VoiceRecorder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {
const QString Password = QStringLiteral("media-pw");

template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

// A photo of about 5 MB: noise does not compress, so a JPEG of it stays large.
QString writePhoto(const QString &path)
{
    QImage image(2600, 1950, QImage::Format_RGB32);
    auto *rng = QRandomGenerator::global();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(x % 256, y % 256, int(rng->bounded(256)));
    }
    image.save(path, "JPEG", 97);
    return path;
}

// The newest message of the chat with peer, as the account's own store holds it.
Message newest(AccountSession &account, const QString &peer)
{
    for (const Chat &chat : await(account.history()->chats().chats(account.accountId()))) {
        if (chat.peer == peer)
            return await(account.history()->messages().newest(chat.id, 1)).value(0);
    }
    return {};
}
} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AccountSession> open(const QString &name)
    {
        ProfilePaths profile(m_root.path() + u'/' + name);
        profile.ensureExists();
        return std::make_unique<AccountSession>(profile);
    }

    // A profile that knows its account but has no password yet: it stays offline, so whatever it
    // sends waits in the outbox.
    std::unique_ptr<AccountSession> openOffline(const QString &name, const QString &jid)
    {
        QDir().mkpath(m_root.path() + u'/' + name);
        QSettings(
            m_root.path() + u'/' + name + QStringLiteral("/settings.ini"), QSettings::IniFormat)
            .setValue(QStringLiteral("account/jid"), jid);
        auto account = open(name);
        return waitFor([&] { return account->accountId() != 0; }) ? std::move(account) : nullptr;
    }

    QString writeFile(const QString &name, qsizetype size)
    {
        QFile file(m_root.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(QByteArray(size, 'n')) == size
            ? file.fileName()
            : QString();
    }

    bool signIn(AccountSession &account, const QString &jid)
    {
        account.pinCertificates(jid, { m_server.certificate() });
        account.signIn(jid, Password, m_server.host(), m_server.c2sPort());
        return waitFor([&account] {
            return account.accountId() != 0 && account.session()->isAvailable()
                && account.media()->uploadAvailable();
        });
    }

    Test::TestServer m_server;
    TestAudioServer m_audio;
    QTemporaryDir m_root;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        // Before any Qt Multimedia object: the "microphone" plays a steady tone.
        QVERIFY2(m_audio.start(&error), qPrintable(error));
    }

    void voiceNoteArrivesWithItsDuration()
    {
        const QString a = m_server.createAccount(QStringLiteral("va"), Password);
        const QString b = m_server.createAccount(QStringLiteral("vb"), Password);
        auto alice = open(QStringLiteral("va"));
        auto bob = open(QStringLiteral("vb"));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        VoiceRecorder *recorder = alice->media()->recorder();
        QVERIFY2(alice->media()->startVoiceNote(b), qPrintable(recorder->errorText()));
        QVERIFY(waitFor([recorder] { return recorder->durationMs() >= 2000; }, 20000));
        QSignalSpy failed(alice->media(), &MediaService::failed);
        QSignalSpy finished(recorder, &VoiceRecorder::finished);
        recorder->stop();
        QVERIFY(waitFor([&] { return !finished.isEmpty(); }));
        QVERIFY(waitFor(
            [&] { return newest(*bob, a).attachments.size() == 1 || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const Attachment note = newest(*bob, a).attachments.first();
        QCOMPARE(note.mimeType, QStringLiteral("audio/mp4"));
        QCOMPARE(note.kind(), MediaKind::Audio);
        QVERIFY2(
            note.durationMs >= 1800 && note.durationMs < 6000, QByteArray::number(note.durationMs));
        QVERIFY(note.fileName.startsWith(QStringLiteral("Voice-note-")));

        // B plays it back through the shared player, with the duration the message declared.
        bob->media()->download(note.id);
        QVERIFY(waitFor([&] {
            return await(bob->history()->messages().attachment(note.id)).transfer
                == TransferState::Ready;
        }));
        const QString path = await(bob->history()->messages().attachment(note.id)).localPath;
        AudioPlayer *player = bob->media()->player();
        player->play(path, QString::number(note.id));
        QVERIFY(waitFor([&] {
            return player->isPlaying()
                && qAbs(player->durationMs() - note.durationMs) <= note.durationMs / 10;
        }));
        player->stop();
    }

    void photoArrivesThumbnailFirstAndDownloadsIntact()
    {
        const QString a = m_server.createAccount(QStringLiteral("pa"), Password);
        const QString b = m_server.createAccount(QStringLiteral("pb"), Password);
        auto alice = open(QStringLiteral("pa"));
        auto bob = open(QStringLiteral("pb"));
        bob->appSettings()->setAutoDownloadImagesMb(0); // so the thumbnail is all B has at first
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        // A stranger's picture keeps no thumbnail (a message request): they are contacts.
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        QCOMPARE(alice->media()->sizeLimit(), 100 * 1024 * 1024);

        const QString photo = writePhoto(m_root.filePath(QStringLiteral("balcony.jpg")));
        QVERIFY(QFileInfo(photo).size() > 4'000'000);
        const QList<Message> stored = await(alice->media()->sendFile(
            b, QUrl::fromLocalFile(photo), QStringLiteral("the balcony"), false));
        QCOMPARE(stored.size(), 1);
        const Attachment sent = stored.first().attachments.value(0);
        QCOMPARE(sent.transfer, TransferState::Uploading);
        QVERIFY(!sent.thumbnail.isEmpty());
        QCOMPARE(sent.width, 2600);

        // A's message leaves once uploaded; B sees the file described, with its thumbnail.
        QVERIFY(waitFor([&] { return newest(*bob, a).attachments.size() == 1; }, 60000));
        const Message received = newest(*bob, a);
        const Attachment remote = received.attachments.first();
        QVERIFY(received.body.isEmpty());
        QCOMPARE(remote.transfer, TransferState::Remote);
        QCOMPARE(remote.description, QStringLiteral("the balcony"));
        QCOMPARE(remote.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(remote.size, sent.size);
        QCOMPARE(remote.thumbnail, sent.thumbnail);
        QCOMPARE(remote.sha256, sent.sha256);
        QVERIFY(remote.localPath.isEmpty());
        QVERIFY(waitFor([&] {
            const Message m = newest(*alice, b);
            return m.deliveryState >= DeliveryState::Sent
                && m.attachments.value(0).transfer == TransferState::Ready;
        }));

        QSignalSpy progress(bob->media(), &MediaService::progressChanged);
        bob->media()->download(remote.id);
        QVERIFY(waitFor([&] {
            return await(bob->history()->messages().attachment(remote.id)).transfer
                == TransferState::Ready;
        }));
        const Attachment downloaded = await(bob->history()->messages().attachment(remote.id));
        QVERIFY(downloaded.localPath.startsWith(m_root.path() + QStringLiteral("/pb/")));
        QCOMPARE(sha256Of(downloaded.localPath), sent.sha256);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toDouble(), -1.0); // the transfer is over
    }

    void smallPictureDownloadsByItselfAndLargeOneWaits()
    {
        const QString a = m_server.createAccount(QStringLiteral("aa"), Password);
        const QString b = m_server.createAccount(QStringLiteral("ab"), Password);
        auto alice = open(QStringLiteral("aa"));
        auto bob = open(QStringLiteral("ab"));
        bob->appSettings()->setAutoDownloadImagesMb(1);
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        // A stranger's pictures wait for a click (a message request): they are contacts.
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        QImage small(320, 240, QImage::Format_RGB32);
        small.fill(Qt::darkCyan);
        const QString smallPath = m_root.filePath(QStringLiteral("small.png"));
        QVERIFY(small.save(smallPath));
        QVERIFY(!await(alice->media()->sendFile(b, QUrl::fromLocalFile(smallPath), {}, false))
                     .isEmpty());
        // Within the limit, from the account's own upload service: no click needed.
        QVERIFY(waitFor(
            [&] { return newest(*bob, a).attachments.value(0).transfer == TransferState::Ready; }));
        QVERIFY(QFileInfo::exists(newest(*bob, a).attachments.first().localPath));

        // Over the limit (the 5 MB photo): it stays remote until a click.
        const QString photo = writePhoto(m_root.filePath(QStringLiteral("large.jpg")));
        QVERIFY(
            !await(alice->media()->sendFile(b, QUrl::fromLocalFile(photo), {}, false)).isEmpty());
        QVERIFY(waitFor(
            [&] {
                return newest(*bob, a).attachments.value(0).fileName == QStringLiteral("large.jpg");
            },
            60000));
        const qint64 large = newest(*bob, a).attachments.first().id;
        // A later small picture downloads by itself; by then the large one would have started.
        QVERIFY(!await(alice->media()->sendFile(b, QUrl::fromLocalFile(smallPath), {}, false))
                     .isEmpty());
        QVERIFY(waitFor(
            [&] {
                const Attachment last = newest(*bob, a).attachments.value(0);
                return last.id != large && last.transfer == TransferState::Ready;
            },
            60000));
        QCOMPARE(
            await(bob->history()->messages().attachment(large)).transfer, TransferState::Remote);
        QCOMPARE(bob->media()->progress(large), -1.0);
    }

    void overTheLimitIsRefusedAndNothingIsStored()
    {
        const QString a = m_server.createAccount(QStringLiteral("la"), Password);
        auto alice = open(QStringLiteral("la"));
        QVERIFY(signIn(*alice, a));
        QFile big(m_root.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(100 * 1024 * 1024 + 1)); // sparse: costs no disk
        big.close();
        const QString error = alice->media()->checkFile(QUrl::fromLocalFile(big.fileName()));
        QVERIFY2(error.contains(QStringLiteral("max 100 MB")), qPrintable(error));
        QSignalSpy failed(alice->media(), &MediaService::failed);
        const auto stored = await(alice->media()->sendFile(QStringLiteral("x@") + m_server.domain(),
            QUrl::fromLocalFile(big.fileName()), {}, false));
        QVERIFY(stored.isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), error);
        QVERIFY(await(alice->history()->chats().chats(alice->accountId())).isEmpty());
    }

    void uploadInterruptedByARestartResumes()
    {
        const QString a = m_server.createAccount(QStringLiteral("ra"), Password);
        const QString b = m_server.createAccount(QStringLiteral("rb"), Password);
        const QString doc = writeFile(QStringLiteral("notes.txt"), 200'000);
        QVERIFY(!doc.isEmpty());
        auto alice = openOffline(QStringLiteral("ra"), a);
        QVERIFY(alice);
        const auto stored = await(alice->media()->sendFile(b, QUrl::fromLocalFile(doc), {}, false));
        QCOMPARE(stored.size(), 1);
        const qint64 attachmentId = stored.first().attachments.first().id;
        alice.reset(); // "crash" before any upload could start

        alice = open(QStringLiteral("ra"));
        auto bob = open(QStringLiteral("rb"));
        QVERIFY(signIn(*bob, b));
        QVERIFY(signIn(*alice, a));
        QVERIFY(waitFor([&] { return newest(*bob, a).attachments.size() == 1; }, 60000));
        QCOMPARE(newest(*bob, a).attachments.first().fileName, QStringLiteral("notes.txt"));
        QCOMPARE(await(alice->history()->messages().attachment(attachmentId)).transfer,
            TransferState::Ready);
    }

    void fileWaitingOnAServerWithoutUploadFailsWithTheReason()
    {
        const QString a
            = m_server.createAccount(QStringLiteral("na"), Password, m_server.plainDomain());
        QVERIFY(!a.isEmpty());
        const QString doc = writeFile(QStringLiteral("plan.txt"), 1000);
        QVERIFY(!doc.isEmpty());
        // The file waits for an upload service that this server turns out to lack.
        auto alice = openOffline(QStringLiteral("na"), a);
        QVERIFY(alice);
        const QString peer = QStringLiteral("friend@") + m_server.domain();
        const auto stored
            = await(alice->media()->sendFile(peer, QUrl::fromLocalFile(doc), {}, false));
        QCOMPARE(stored.size(), 1);
        const qint64 attachmentId = stored.first().attachments.first().id;

        alice->pinCertificates(a, { m_server.certificate() });
        alice->signIn(a, Password, m_server.host(), m_server.c2sPort());
        QVERIFY(waitFor([&] {
            return await(alice->history()->messages().attachment(attachmentId)).transfer
                == TransferState::UploadFailed;
        }));
        const Attachment failed = await(alice->history()->messages().attachment(attachmentId));
        QVERIFY2(failed.errorText.contains(QStringLiteral("no HTTP upload")),
            qPrintable(failed.errorText));
        QVERIFY(failed.url.isEmpty());
        // Said once, and the refusal of the next file gives the same reason.
        QCOMPARE(alice->media()->checkFile(QUrl::fromLocalFile(doc)), failed.errorText);
    }

    void fileThatIsNotAPictureIsShownAsADocument()
    {
        const QString a = m_server.createAccount(QStringLiteral("da"), Password);
        const QString b = m_server.createAccount(QStringLiteral("db"), Password);
        auto alice = open(QStringLiteral("da"));
        auto bob = open(QStringLiteral("db"));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        // A real upload of plain text, then a hand-written message that calls it a PNG.
        const QString text = m_root.filePath(QStringLiteral("fake.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a picture\n");
        file.close();
        const QList<Message> mine
            = await(alice->media()->sendFile(b, QUrl::fromLocalFile(text), {}, false));
        QCOMPARE(mine.size(), 1);
        QVERIFY(waitFor([&] { return newest(*bob, a).attachments.size() == 1; }, 60000));
        const QString url = newest(*bob, a).attachments.first().url;
        const QString xml = QStringLiteral(
            "<message xmlns='jabber:client' type='chat' to='%1' id='fake-png'><body>%2</body>"
            "<file-sharing xmlns='urn:xmpp:sfs:0' disposition='inline'>"
            "<file xmlns='urn:xmpp:file:metadata:0'><media-type>image/png</media-type>"
            "<name>cat.png</name><width>640</width><height>480</height></file>"
            "<sources><url-data xmlns='http://jabber.org/protocol/url-data' target='%2'/>"
            "</sources></file-sharing></message>")
                                .arg(b, url);
        QVERIFY(Test::sendRawStanza(*alice->session(), xml));
        QVERIFY(waitFor([&] {
            return newest(*bob, a).attachments.value(0).fileName == QStringLiteral("cat.png");
        }));
        const Attachment claimed = newest(*bob, a).attachments.first();
        QCOMPARE(claimed.kind(), MediaKind::Image);
        bob->media()->download(claimed.id);
        QVERIFY(waitFor([&] {
            return await(bob->history()->messages().attachment(claimed.id)).transfer
                == TransferState::Ready;
        }));
        const Attachment shown = await(bob->history()->messages().attachment(claimed.id));
        QCOMPARE(shown.kind(), MediaKind::Document);
        QCOMPARE(shown.mimeType, QStringLiteral("text/plain"));
    }
};

QTEST_MAIN(TestMedia)
#include "tst_media.moc"
