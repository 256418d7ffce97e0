#include "ProfileLock.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

class TestProfileLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceIsToldAndFirstKeepsIt();
    void releasedLockCanBeTaken();
};

void TestProfileLock::secondInstanceIsToldAndFirstKeepsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("natter.lock"));
    ProfileLock first(path);
    QCOMPARE(first.tryLock(), ProfileLock::Status::Acquired);
    ProfileLock second(path);
    QCOMPARE(second.tryLock(), ProfileLock::Status::HeldByOther);
    QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    QVERIFY(second.errorString().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(first.isLocked());
    QVERIFY(!second.isLocked());
}

void TestProfileLock::releasedLockCanBeTaken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("natter.lock"));
    {
        ProfileLock first(path);
        QCOMPARE(first.tryLock(), ProfileLock::Status::Acquired);
    }
    ProfileLock second(path);
    QCOMPARE(second.tryLock(), ProfileLock::Status::Acquired);
    ProfileLock unwritable(dir.filePath(QStringLiteral("missing/dir/natter.lock")));
    QCOMPARE(unwritable.tryLock(), ProfileLock::Status::Failed);
}

QTEST_GUILESS_MAIN(TestProfileLock)
#include "tst_profilelock.moc"
