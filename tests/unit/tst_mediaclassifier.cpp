// What a file is, from its bytes: a non-image claiming image/* is a document.
#include "ImageEncoder.h"
#include "MediaClassifier.h"
#include "MediaSamples.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestMediaClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void detectsByContentFirst()
    {
        const QByteArray png = ImageEncoder::encoded(MediaSamples::photoLike(QSize(20, 20)), "PNG");
        QCOMPARE(MediaClassifier::detectedMimeType(write("really-a.png.jpg", png)),
            QStringLiteral("image/png"));
        QCOMPARE(
            MediaClassifier::detectedMimeType(write("photo.jpg", "<html><body>hi</body></html>")),
            QStringLiteral("text/html"));
        QCOMPARE(MediaClassifier::detectedMimeType(write("notes.txt", "plain words\n")),
            QStringLiteral("text/plain"));
        // Unknown bytes are never media, whatever the name says.
        QByteArray noise(512, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) % 256);
        QCOMPARE(MediaClassifier::detectedMimeType(write("clip.mp4", noise)),
            QStringLiteral("application/octet-stream"));
    }

    void decidesTheMediaKind_data()
    {
        QTest::addColumn<QString>("claimed");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<MediaKind>("kind");
        const QByteArray jpeg
            = ImageEncoder::encoded(MediaSamples::photoLike(QSize(64, 48)), "JPEG");
        const QByteArray pdf("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        const QByteArray ogg = QByteArray("OggS\0\x02", 6) + QByteArray(20, '\0')
            + QByteArray("\x01\x13OpusHead\x01\x01", 12) + QByteArray(40, '\0');
        const QByteArray mp4 = QByteArray("\0\0\0\x18"
                                          "ftypmp42\0\0\0\0mp42isom",
                                   24)
            + QByteArray(64, '\0');
        QTest::newRow("jpeg claimed jpeg") << u"image/jpeg"_s << jpeg << MediaKind::Image;
        QTest::newRow("jpeg claimed nothing")
            << u"application/octet-stream"_s << jpeg << MediaKind::Image;
        QTest::newRow("pdf claiming jpeg") << u"image/jpeg"_s << pdf << MediaKind::Document;
        QTest::newRow("html claiming png")
            << u"image/png"_s << QByteArray("<html><script>x()</script></html>")
            << MediaKind::Document;
        QTest::newRow("bomb claiming png")
            << u"image/png"_s << MediaSamples::pngBomb(50000, 50000) << MediaKind::Document;
        QTest::newRow("svg") << u"image/svg+xml"_s
                             << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                             << MediaKind::Document;
        QTest::newRow("pdf") << u"application/pdf"_s << pdf << MediaKind::Document;
        QTest::newRow("voice note") << u"audio/ogg"_s << ogg << MediaKind::Audio;
        QTest::newRow("mp4 video") << u"video/mp4"_s << mp4 << MediaKind::Video;
        QTest::newRow("mp4 claimed audio") << u"audio/mp4"_s << mp4 << MediaKind::Audio;
        QTest::newRow("pdf claiming video") << u"video/mp4"_s << pdf << MediaKind::Document;
    }

    void decidesTheMediaKind()
    {
        QFETCH(QString, claimed);
        QFETCH(QByteArray, bytes);
        QFETCH(MediaKind, kind);
        QCOMPARE(MediaClassifier::displayKind(claimed, write("download", bytes)), kind);
    }

private:
    QString write(const char *name, const QByteArray &bytes)
    {
        return MediaSamples::writeFile(m_dir.filePath(QString::fromLatin1(name)), bytes);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMediaClassifier)
#include "tst_mediaclassifier.moc"
