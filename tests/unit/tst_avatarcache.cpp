// What enters the avatar cache: hostile bytes are refused without decoding them, and no avatar
// makes memory grow by more than a few MB.
#include "AvatarCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Natter;

namespace {
QString sha1(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return out + crc;
}

// A valid PNG header that declares side × side pixels, followed by almost nothing.
QByteArray pngDeclaring(quint32 side)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(side, ihdr.data());
    qToBigEndian<quint32>(side, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr)
        + chunk("IDAT", QByteArray(64, '\0')) + chunk("IEND", {});
}

QByteArray png(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Resident memory in kB (Linux); 0 elsewhere, which skips the comparison.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
} // namespace

class TestAvatarCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void storesAValidAvatarAsSmallSquare()
    {
        AvatarCache cache(m_dir.path());
        const QByteArray bytes = png(600, 400, QColor(10, 120, 200));
        QString error;
        const QString path = cache.store(sha1(bytes), bytes, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(cache.pathFor(sha1(bytes)), path);
        const QImage stored(path);
        QCOMPARE(stored.size(), QSize(AvatarCache::StoredSide, AvatarCache::StoredSide));
        QCOMPARE(QColor(stored.pixel(10, 10)), QColor(10, 120, 200));
    }

    void refusesHostileAvatars_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not an image") << QByteArray("<html>definitely not a picture</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("65535 x 65535 declared") << pngDeclaring(65535);
        QTest::newRow("4096 x 4096 declared") << pngDeclaring(4096);
        QTest::newRow("truncated header") << pngDeclaring(64).left(20);
        QTest::newRow("too many bytes") << QByteArray(AvatarCache::MaxBytes + 1, 'x');
    }

    void refusesHostileAvatars()
    {
        QFETCH(QByteArray, bytes);
        AvatarCache cache(m_dir.path());
        const qint64 before = residentKb();
        QString error;
        QVERIFY(cache.store(sha1(bytes), bytes, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(cache.pathFor(sha1(bytes)).isEmpty());
        const qint64 grownKb = residentKb() - before;
        QVERIFY2(grownKb < 8 * 1024, qPrintable(QString::number(grownKb)));
    }

    void refusesAHashThatDoesNotMatch()
    {
        AvatarCache cache(m_dir.path());
        const QByteArray bytes = png(32, 32, Qt::red);
        QString error;
        QVERIFY(cache.store(sha1("something else"), bytes, &error).isEmpty());
        QVERIFY(cache.store(QStringLiteral("../../etc/passwd"), bytes, &error).isEmpty());
        QVERIFY(cache.pathFor(QStringLiteral("../x")).isEmpty());
    }

    void declaredMetadataIsCheckedFirst()
    {
        AvatarInfo info;
        info.hash = sha1("x");
        info.bytes = 20000;
        info.width = info.height = 96;
        QVERIFY(AvatarCache::acceptsDeclared(info));
        info.width = info.height = 65535;
        QVERIFY(!AvatarCache::acceptsDeclared(info));
        info.width = info.height = 96;
        info.bytes = 50 * 1024 * 1024;
        QVERIFY(!AvatarCache::acceptsDeclared(info));
        info.bytes = -1;
        QVERIFY(!AvatarCache::acceptsDeclared(info));
    }

    void preparesOwnPictureFromAFile()
    {
        AvatarCache cache(m_dir.path());
        const QString file = m_dir.filePath(QStringLiteral("me.png"));
        QImage wide(900, 300, QImage::Format_RGB32);
        wide.fill(Qt::white);
        wide.setPixelColor(450, 150, Qt::black); // the centre survives the crop
        QVERIFY(wide.save(file));
        QString error;
        const auto prepared = cache.prepareOwn(file, &error);
        QVERIFY2(prepared, qPrintable(error));
        const auto &[bytes, info] = *prepared;
        QCOMPARE(info.hash, sha1(bytes));
        QCOMPARE(info.width, AvatarCache::StoredSide);
        QCOMPARE(info.height, AvatarCache::StoredSide);
        QCOMPARE(info.type, QStringLiteral("image/png"));
        QCOMPARE(QImage::fromData(bytes).size(), QSize(256, 256));

        QFile text(m_dir.filePath(QStringLiteral("notes.jpg")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("no picture here");
        text.close();
        QVERIFY(!cache.prepareOwn(text.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.prepareOwn(m_dir.filePath(QStringLiteral("missing.png")), &error));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAvatarCache)
#include "tst_avatarcache.moc"
