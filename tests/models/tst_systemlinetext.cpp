// System lines in words: who did what to whom, with and without the actor the room may leave
// out, addressed to us, and a channel's collapsed joins and leaves.
#include "SystemLineText.h"

#include <QTest>

using namespace Natter;

Q_DECLARE_METATYPE(Natter::SystemEvent)

namespace {
SystemEvent line(SystemEvent::Type type, const QString &target, const QString &actor = {})
{
    SystemEvent e;
    e.type = type;
    e.target = target;
    e.actor = actor;
    return e;
}

SystemEvent crowd(int joined, int left)
{
    SystemEvent e;
    e.type = SystemEvent::Type::Presence;
    for (int i = 0; i < joined; ++i)
        e.addPresence(QStringLiteral("J%1").arg(i), true);
    for (int i = 0; i < left; ++i)
        e.addPresence(QStringLiteral("L%1").arg(i), false);
    return e;
}
} // namespace

class TestSystemLineText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data()
    {
        using T = SystemEvent::Type;
        QTest::addColumn<SystemEvent>("event");
        QTest::addColumn<QString>("sentence");
        const QString bob = QStringLiteral("Bob");
        const QString carol = QStringLiteral("Carol");
        QTest::newRow("added by") << line(T::Added, carol, bob) << "Bob added Carol";
        QTest::newRow("added") << line(T::Added, carol) << "Carol was added";
        SystemEvent byUs = line(T::Added, carol, QStringLiteral("Me"));
        byUs.actorIsSelf = true;
        QTest::newRow("added by us") << byUs << "You added Carol";
        SystemEvent us = line(T::Removed, {});
        us.targetIsSelf = true;
        QTest::newRow("we were removed") << us << "You were removed";
        QTest::newRow("removed by")
            << line(T::Removed, carol, QStringLiteral("Alice")) << "Alice removed Carol";
        QTest::newRow("banned") << line(T::Banned, carol) << "Carol was banned";
        QTest::newRow("kicked") << line(T::Kicked, carol, bob) << "Bob kicked Carol out";
        QTest::newRow("admin by") << line(T::MadeAdmin, carol, bob) << "Bob made Carol an admin";
        QTest::newRow("admin") << line(T::MadeAdmin, carol) << "Carol is now an admin";
        SystemEvent weAdmin = line(T::MadeAdmin, {});
        weAdmin.targetIsSelf = true;
        QTest::newRow("we are admin") << weAdmin << "You are now an admin";
        QTest::newRow("owner") << line(T::MadeOwner, carol) << "Carol is now an owner";
        QTest::newRow("not admin") << line(T::AdminRevoked, carol) << "Carol is no longer an admin";
        SystemEvent subject = line(T::SubjectChanged, {}, QStringLiteral("Alice"));
        subject.value = QStringLiteral("Dinner at 8");
        QTest::newRow("subject")
            << subject << "Alice changed the group description to \u201cDinner at 8\u201d";
        subject.value.clear();
        QTest::newRow("subject removed") << subject << "Alice removed the group description";
        SystemEvent renamed = line(T::Renamed, {});
        renamed.value = QString(500, u'x');
        QTest::newRow("renamed, cut")
            << renamed
            << QStringLiteral("The group name was changed to \u201c%1\u2026\u201d")
                   .arg(QString(SystemLineText::MaxValueLength - 1, u'x'));
        QTest::newRow("destroyed") << line(T::Destroyed, {}) << "The group was deleted";
        QTest::newRow("one joined") << crowd(1, 0) << "J0 joined";
        QTest::newRow("two left") << crowd(0, 2) << "L0 and L1 left";
        QTest::newRow("many") << crowd(14, 3)
                              << "J0, J1 and 12 others joined, L0, L1 and one other left";
        QTest::newRow("none") << SystemEvent {} << QString();
    }

    void sentences()
    {
        QFETCH(SystemEvent, event);
        QFETCH(QString, sentence);
        QCOMPARE(SystemLineText::sentence(event), sentence);
    }

    // A name is shown as it is: the sentence is plain text, and the view keeps it so.
    void namesStayAsTheyAre()
    {
        const QString name = QStringLiteral("<b>%1</b>");
        QCOMPARE(SystemLineText::sentence(line(SystemEvent::Type::Added, name)),
            name + QStringLiteral(" was added"));
    }
};

QTEST_GUILESS_MAIN(TestSystemLineText)
#include "tst_systemlinetext.moc"
