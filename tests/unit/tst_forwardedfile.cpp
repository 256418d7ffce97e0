// A forwarded file's local copy: checked against the hash it was sent or received with, and
// shared with the new message as a file of its own.
#include "ForwardedFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

namespace {
QString write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}

Attachment described(const QString &path, const QByteArray &bytes)
{
    Attachment a;
    a.localPath = path;
    a.size = bytes.size();
    a.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return a;
}
} // namespace

class TestForwardedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void unchangedCopyMayGoOn()
    {
        const QByteArray bytes("a photo of the harbour");
        const QString path = write(m_dir.filePath(QStringLiteral("harbour.jpg")), bytes);
        QVERIFY(!path.isEmpty());
        QCOMPARE(ForwardedFile::check(described(path, bytes)), ForwardedFile::Copy::Unchanged);
        QCOMPARE(ForwardedFile::sha256(path, bytes.size()),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

    void changedCopyIsCaught()
    {
        const QByteArray bytes("a photo of the harbour");
        const QString path = write(m_dir.filePath(QStringLiteral("changed.jpg")), bytes);
        const Attachment a = described(path, bytes);
        // The same length, other bytes: only the hash can tell.
        QVERIFY(!write(path, QByteArray("a photo of the HARBOUR")).isEmpty());
        QCOMPARE(ForwardedFile::check(a), ForwardedFile::Copy::Changed);
        // Longer: the size alone tells.
        QVERIFY(!write(path, bytes + "!").isEmpty());
        QCOMPARE(ForwardedFile::check(a), ForwardedFile::Copy::Changed);
    }

    void noLocalCopyGoesOnAsItIs()
    {
        Attachment never;
        never.sha256 = QByteArray(32, 'x');
        QCOMPARE(ForwardedFile::check(never), ForwardedFile::Copy::Absent);
        Attachment removed = never;
        removed.localPath = m_dir.filePath(QStringLiteral("gone.jpg"));
        QCOMPARE(ForwardedFile::check(removed), ForwardedFile::Copy::Absent);
    }

    void withoutAHashThereIsNothingToCheck()
    {
        const QString path = write(m_dir.filePath(QStringLiteral("nohash.bin")), "bytes");
        Attachment a;
        a.localPath = path;
        QCOMPARE(ForwardedFile::check(a), ForwardedFile::Copy::Unchanged);
    }

    void sharedFileIsItsOwn()
    {
        const QByteArray bytes("minutes of the meeting");
        const QString path = write(m_dir.filePath(QStringLiteral("minutes.txt")), bytes);
        const QString outgoing = m_dir.filePath(QStringLiteral("outgoing"));
        const QString first = ForwardedFile::share(path, outgoing);
        const QString second = ForwardedFile::share(path, outgoing);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first != second && first != path);
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("minutes.txt"));
        QVERIFY(first.startsWith(outgoing + u'/'));
        // Removing one (as deleting its message does) leaves the others whole.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::remove(first));
        QCOMPARE(ForwardedFile::sha256(second),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestForwardedFile)
#include "tst_forwardedfile.moc"
