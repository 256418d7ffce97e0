// The emoji picker's model: tabs, search by name and the recent list kept across restarts.
#include "EmojiModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
QStringList emojiIn(const EmojiModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(EmojiModel::EmojiRole).toString();
    return result;
}

QStringList categoryIds(const EmojiModel &model)
{
    QStringList ids;
    for (const QVariant &tab : model.categories())
        ids << tab.toMap().value(u"id"_s).toString();
    return ids;
}
} // namespace

class TestEmojiModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"NatterTest"_s);
        QCoreApplication::setApplicationName(u"tst_emojimodel"_s);
    }

    void init() { QSettings().remove(u"emoji/recent"_s); }

    void tabsCoverTheTable()
    {
        EmojiModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.category(), u"smileys"_s); // nothing used yet
        QCOMPARE(categoryIds(model),
            (QStringList { u"recent"_s, u"smileys"_s, u"animals"_s, u"food"_s, u"activities"_s,
                u"travel"_s, u"objects"_s, u"symbols"_s, u"flags"_s }));
        QCOMPARE(model.index(0).data(EmojiModel::EmojiRole).toString(), u"😀"_s);
        QCOMPARE(model.index(0).data(EmojiModel::NameRole).toString(), u"grinning face"_s);
        QCOMPARE(model.index(0).data(EmojiModel::CategoryRole).toString(), u"smileys"_s);

        QSet<QString> seen;
        for (const QString &id : categoryIds(model).mid(1)) {
            QSignalSpy changed(&model, &EmojiModel::categoryChanged);
            const bool isNew = id != model.category();
            model.setCategory(id);
            QCOMPARE(changed.count(), isNew ? 1 : 0);
            QVERIFY2(model.rowCount() >= 50, qPrintable(id));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.index(row).data(EmojiModel::CategoryRole).toString(), id);
                QVERIFY(!model.index(row).data(EmojiModel::NameRole).toString().isEmpty());
                seen.insert(model.index(row).data(EmojiModel::EmojiRole).toString());
            }
        }
        QVERIFY2(seen.size() > 1000, qPrintable(QString::number(seen.size())));
        QCOMPARE(model.emojiAt(-1), QString());
        QCOMPARE(model.emojiAt(model.rowCount()), QString());
    }

    void searchFindsByName_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << u"grinning"_s << u"😀"_s;
        QTest::newRow("case") << u"GRINNING FACE"_s << u"😀"_s;
        QTest::newRow("words in any order") << u"heart red"_s << u"❤️"_s;
        QTest::newRow("other tab") << u"pizza"_s << u"🍕"_s;
        QTest::newRow("flag") << u"flag germany"_s << u"🇩🇪"_s;
        QTest::newRow("the emoji itself") << u"🐻"_s << u"🐻"_s;
    }

    void searchFindsByName()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        EmojiModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        QVERIFY2(emojiIn(model).contains(expected), qPrintable(emojiIn(model).join(u' ')));
    }

    void searchIsNarrowAndReversible()
    {
        EmojiModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList smileys = emojiIn(model);
        QSignalSpy count(&model, &EmojiModel::countChanged);
        model.setFilter(u"red heart"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count.count(), 1);
        model.setFilter(u"no such emoji anywhere"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(emojiIn(model), smileys);
    }

    void recentIsKeptNewestFirst()
    {
        {
            EmojiModel model;
            QAbstractItemModelTester tester(
                &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy recent(&model, &EmojiModel::recentChanged);
            model.noteUsed(u"not an emoji"_s);
            QCOMPARE(recent.count(), 0);
            model.setCategory(u"recent"_s);
            QCOMPARE(model.rowCount(), 0);
            model.noteUsed(u"😀"_s);
            model.noteUsed(u"🐻"_s);
            model.noteUsed(u"😀"_s);
            QCOMPARE(recent.count(), 3);
            QCOMPARE(model.recent(), (QStringList { u"😀"_s, u"🐻"_s }));
            QCOMPARE(emojiIn(model), model.recent()); // the open tab follows
        }
        EmojiModel restarted;
        QCOMPARE(restarted.category(), u"recent"_s);
        QCOMPARE(restarted.recent(), (QStringList { u"😀"_s, u"🐻"_s }));
        QCOMPARE(emojiIn(restarted), restarted.recent());
    }

    void recentIsCapped()
    {
        EmojiModel model;
        model.setCategory(u"animals"_s);
        const QStringList animals = emojiIn(model);
        QVERIFY(animals.size() > EmojiModel::MaxRecent);
        for (const QString &emoji : animals)
            model.noteUsed(emoji);
        QCOMPARE(model.recent().size(), EmojiModel::MaxRecent);
        QCOMPARE(model.recent().first(), animals.last());
        // A stored list that grew too long or holds junk is cleaned on reading.
        QSettings().setValue(u"emoji/recent"_s, animals + QStringList { u"junk"_s });
        EmojiModel reread;
        QCOMPARE(reread.recent(), animals.first(EmojiModel::MaxRecent));
    }
};

QTEST_GUILESS_MAIN(TestEmojiModel)
#include "tst_emojimodel.moc"
