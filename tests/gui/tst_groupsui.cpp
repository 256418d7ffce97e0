// Groups in the real window, light and dark: a group's row and its last author, the sender
// names in its conversation, a read-only group, an invitation from a contact and from a
// stranger, the new-group dialog offline, and a ?join link. With NATTER_SCREENSHOTS set,
// each is saved for a person to see.
#include "AccountSession.h"
#include "AppSettings.h"
#include "FocusChain.h"
#include "HistoryService.h"
#include "LinkService.h"
#include "MainWindowHarness.h"
#include "MentionCompletionModel.h"
#include "MucSync.h"
#include "ParticipantModel.h"
#include "ProfilePaths.h"
#include "SystemEvent.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
const QString Family = u"family@groups.example.org"_s;
const QString BookClub = u"books@groups.example.org"_s;

// Every item named objectName below root, through the visual tree.
QList<QQuickItem *> findItems(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> found;
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == objectName && child->isVisible())
            found.append(child);
        found += findItems(child, objectName);
    }
    return found;
}

// A group we are in, with three people talking, and one that was deleted with a reason.
bool seedGroups(const QString &dir, qint64 accountId)
{
    HistoryService history(ProfilePaths(dir).database());
    Group family;
    family.accountId = accountId;
    family.room = Family;
    family.name = u"Family"_s;
    family.subject = u"Sunday lunch at noon"_s;
    family.nick = u"me"_s;
    Group books = family;
    books.room = BookClub;
    books.name = u"Book club"_s;
    books.subject.clear();
    books.state = GroupState::Destroyed;
    books.exitReason = u"We moved to <b>another</b> group"_s;
    const qint64 familyId = history.groups().saveGroup(family).result().chatId;
    const qint64 booksId = history.groups().saveGroup(books).result().chatId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::tuple<QString, QString, QString> lines[] = {
        { BookClub, u"Carol"_s, u"Next month: Middlemarch"_s },
        { Family, u"Alice"_s, u"Who is bringing dessert?"_s },
        { Family, u"Alice"_s, u"I can make a tart"_s },
        { Family, u"Bob"_s, u"I'll bring the wine 🍷"_s },
        { Family, u"me"_s, u"Great, see you all on Sunday"_s },
        { Family, u"Carol"_s, u"A very long nickname would be elided here"_s },
        { Family, u"Bob"_s, u"Parking is behind the house"_s },
    };
    QList<Message> messages;
    for (const auto &[room, nick, body] : lines) {
        Message m;
        m.accountId = accountId;
        m.chatId = room == Family ? familyId : booksId;
        m.peer = room;
        m.sender = nick;
        m.direction = nick == u"me"_s ? Direction::Outgoing : Direction::Incoming;
        m.body = body;
        m.timestamp = now - qint64(std::size(lines) - messages.size()) * 60'000;
        m.stanzaId = m.messageId = u"s%1"_s.arg(messages.size());
        m.deliveryState = DeliveryState::Read;
        m.read = true;
        messages.append(m);
    }
    // The group's own lines: one between messages, and the newest, which the chat list skips.
    SystemEvent added;
    added.type = SystemEvent::Type::Added;
    added.actor = u"Alice"_s;
    // The room named the new member only by address: a contact, shown by their name.
    added.target = added.targetJid = u"bob@example.org"_s;
    SystemEvent subject;
    subject.type = SystemEvent::Type::SubjectChanged;
    subject.actor = u"Bob"_s;
    subject.value = family.subject;
    for (const auto &[event, at] :
        { std::pair { added, messages.at(2).timestamp + 1 }, std::pair { subject, now } }) {
        Message line;
        line.accountId = accountId;
        line.chatId = familyId;
        line.kind = MessageKind::System;
        line.event = event.encode();
        line.timestamp = at;
        messages.append(line);
    }
    return familyId && booksId
        && history.messages().insertMessages(messages).result().size() == messages.size();
}

// A picture to choose for a new group: a warm gradient, square-ish but not square.
QString writePicture(const QString &dir)
{
    QImage image(320, 240, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 320, 240);
    gradient.setColorAt(0, QColor(0xff, 0xb3, 0x47));
    gradient.setColorAt(1, QColor(0xd9, 0x4f, 0x70));
    painter.fillRect(image.rect(), gradient);
    painter.setBrush(QColor(0xff, 0xf1, 0xc1));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(160, 130), 60, 60);
    painter.end();
    const QString path = dir + u"/group-picture.png"_s;
    return image.save(path) ? path : QString();
}

// The avatar shows its picture cut round: its corner is the background around it, its middle
// the picture.
bool isRound(QQuickWindow *window, QQuickItem *avatar)
{
    const QImage shot = window->grabWindow();
    const qreal ratio = window->effectiveDevicePixelRatio();
    const QPointF topLeft = avatar->mapToScene(QPointF(0, 0)) * ratio;
    const QPointF centre
        = avatar->mapToScene(QPointF(avatar->width(), avatar->height()) / 2) * ratio;
    const QColor corner = shot.pixelColor((topLeft + QPointF(1, 1)).toPoint());
    const QColor outside = shot.pixelColor((topLeft - QPointF(2, -avatar->height() / 2)).toPoint());
    const QColor middle = shot.pixelColor(centre.toPoint());
    return corner == outside && middle != outside && middle.red() > 0xc0;
}

bool openChat(QQuickItem *main, const QString &peer)
{
    return QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, peer), Q_ARG(int, 0));
}
} // namespace

class TestGroupsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void groupsInTheWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void mentionsAndMute_data() { groupsInTheWindow_data(); }
    void mentionsAndMute();
    void participantListIsVirtualised();

    void groupsInTheWindow()
    {
        QFETCH(const bool, dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId = Test::prepareProfile(dir.path(),
            { { u"alice@example.org"_s, u"Alice Liddell"_s },
                { u"bob@example.org"_s, u"Bob Marley"_s } });
        QVERIFY(accountId > 0);
        QVERIFY(seedGroups(dir.path(), accountId));
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));

        // The chat list: the group by its name, the last author before the text.
        QTRY_COMPARE(findItems(main, u"chatRow"_s).size(), 2);
        QTRY_VERIFY(Test::findItem(main, u"groupBadge"_s));
        QQuickItem *sender = nullptr;
        QTRY_VERIFY((sender = Test::findItem(main, u"chatPreviewSender"_s)));
        QTRY_COMPARE(sender->property("text").toString(), u"Bob:"_s);

        // Invitations: a contact by name, a stranger as one; nothing is joined by itself.
        Q_EMIT session.muc()->invitationReceived(
            u"Cousins@groups.example.org"_s, u"alice@example.org"_s, u"Join us!"_s, {});
        Q_EMIT session.muc()->invitationReceived(
            u"deals@groups.example.net"_s, u"spam@example.net"_s, {}, {});
        QTRY_COMPARE(findItems(main, u"invitation"_s).size(), 2);
        const auto invitations = findItems(main, u"invitationText"_s);
        QCOMPARE(invitations.at(0)->property("text").toString(),
            u"Someone you don't know (spam@example.net) invited you to deals@groups.example.net"_s);
        QCOMPARE(invitations.at(1)->property("text").toString(),
            u"Alice Liddell invited you to cousins@groups.example.org"_s);
        QCOMPARE(findItems(main, u"chatRow"_s).size(), 2);

        // The conversation: each author named once per run, the subject under the name.
        QVERIFY(openChat(main, Family));
        QQuickItem *conversation = Test::findItem(main, u"conversationPage"_s);
        QTRY_COMPARE(findItems(conversation, u"bubbleSender"_s).size(), 4);
        QTRY_COMPARE(
            Test::findItem(conversation, u"conversationName"_s)->property("text"), u"Family"_s);
        // The group's own lines, centred between the messages, in words.
        QTRY_COMPARE(findItems(conversation, u"systemLine"_s).size(), 2);
        QStringList said;
        for (QQuickItem *line : findItems(conversation, u"systemLine"_s))
            said.append(line->property("text").toString());
        said.sort();
        QCOMPARE(said,
            (QStringList { u"Alice added Bob Marley"_s,
                u"Bob changed the group description to \u201cSunday lunch at noon\u201d"_s }));
        QVERIFY(Test::findItem(conversation, u"composerField"_s)->isVisible());
        QVERIFY(Test::findItem(conversation, u"conversationMenuButton"_s)->isVisible());
        Test::saveScreenshot(window, u"group-conversation-%1"_s.arg(theme));

        // A deleted group: its history reads, nothing can be written, the room's words shown.
        QVERIFY(openChat(main, BookClub));
        QQuickItem *notice = Test::findItem(conversation, u"readOnlyNotice"_s);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(Test::findItem(notice, u"readOnlyText"_s)->property("text").toString(),
            u"This group was deleted."_s);
        QCOMPARE(Test::findItem(notice, u"readOnlyReason"_s)->property("text").toString(),
            u"We moved to <b>another</b> group"_s);
        QVERIFY(!Test::findItem(conversation, u"composerField"_s)->isVisible());
        Test::saveScreenshot(window, u"readonly-group-%1"_s.arg(theme));

        // A new group, offline: people picked from the contacts, and why it cannot be made now.
        // From "New chat", as in WhatsApp; Tab reaches every control, Esc gives the focus back.
        QQuickItem *search = Test::findItem(main, u"chatSearchField"_s);
        search->forceActiveFocus();
        QVERIFY(QMetaObject::invokeMethod(Test::findItem(main, u"chatListPage"_s), "startNewChat"));
        auto *newChat = window->findChild<QObject *>(u"newChatDialog"_s);
        QTRY_VERIFY(newChat->property("opened").toBool());
        QQuickItem *entry = Test::findItem(Test::popupItem(newChat), u"newGroupEntry"_s);
        QVERIFY(entry && QMetaObject::invokeMethod(entry, "clicked"));
        auto *dialog = window->findChild<QObject *>(u"newGroupDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(!newChat->property("visible").toBool());
        QString problems = Test::popupFocusProblems(window, dialog, search);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QQuickItem *contacts = Test::findItem(window->contentItem(), u"newGroupContacts"_s);
        QVERIFY(contacts);
        QTRY_COMPARE(contacts->property("count").toInt(), 2);
        QVERIFY(QMetaObject::invokeMethod(dialog, "toggle", Q_ARG(QString, u"bob@example.org"_s)));
        Test::typeText(window, u"Cousins"_s);
        QCOMPARE(dialog->property("members").toStringList(), QStringList { u"bob@example.org"_s });
        const auto rows = findItems(contacts, u"newGroupContact"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1)->property("jid").toString(), u"bob@example.org"_s);
        QTRY_VERIFY(rows.at(1)->property("checked").toBool());
        QVERIFY(!rows.at(0)->property("checked").toBool());
        // A click on a contact adds them; taken out again (as their chip does), unchecked.
        Test::click(window, rows.at(0));
        QTRY_COMPARE(dialog->property("members").toStringList().size(), 2);
        QTRY_VERIFY(rows.at(0)->property("checked").toBool());
        QVERIFY(
            QMetaObject::invokeMethod(dialog, "toggle", Q_ARG(QString, u"alice@example.org"_s)));
        QTRY_VERIFY(!rows.at(0)->property("checked").toBool());
        QCOMPARE(dialog->property("members").toStringList(), QStringList { u"bob@example.org"_s });
        // A picture, as the file dialog gives it: shown round, as it will be in the chat list.
        QQuickItem *picture = Test::findItem(window->contentItem(), u"newGroupPictureAvatar"_s);
        QVERIFY(picture);
        QVERIFY(dialog->setProperty("picture", QUrl::fromLocalFile(writePicture(dir.path()))));
        QQuickItem *image = Test::findItem(picture, u"avatarPicture"_s);
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        QTRY_VERIFY(isRound(window, picture));
        Test::saveScreenshot(window, u"group-new-%1"_s.arg(theme));
        // A file that is no picture: said at once, and no group is made.
        const QString junk = dir.filePath(u"junk.png"_s);
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly) && junkFile.write("junk") == 4);
        junkFile.close();
        QVERIFY(dialog->setProperty("picture", QUrl::fromLocalFile(junk)));
        QVERIFY(QMetaObject::invokeMethod(dialog, "create"));
        QQuickItem *error = Test::findItem(window->contentItem(), u"newGroupError"_s);
        QTRY_VERIFY(error && error->isVisible());
        QVERIFY(!error->property("text").toString().contains(u"offline"_s));
        QVERIFY(!dialog->property("busy").toBool());
        QVERIFY(dialog->setProperty("picture", QUrl::fromLocalFile(writePicture(dir.path()))));
        QVERIFY(QMetaObject::invokeMethod(dialog, "create"));
        QTRY_VERIFY(error->property("text").toString().contains(u"offline"_s));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // A ?join link opens the join dialog with the address, and joins nothing yet.
        QVERIFY(session.links()->open(u"xmpp:chess@groups.example.org?join"_s));
        auto *join = window->findChild<QObject *>(u"joinGroupDialog"_s);
        QVERIFY(join);
        QTRY_VERIFY(join->property("opened").toBool());
        QCOMPARE(Test::findItem(window->contentItem(), u"joinGroupAddress"_s)
                     ->property("text")
                     .toString(),
            u"chess@groups.example.org"_s);
        problems = Test::popupFocusProblems(window, join, search);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QTRY_VERIFY(!join->property("visible").toBool());
        QVERIFY(openChat(main, Family));
        QTRY_COMPARE(findItems(conversation, u"bubbleSender"_s).size(), 4);
        Test::saveScreenshot(window, u"chatlist-%1"_s.arg(theme));

        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

// Mentions and mute in the window: a muted group's row, highlighted mentions in its bubbles
// (ours more strongly), and the "@" suggestions in its composer, chosen with the keys.
void TestGroupsUi::mentionsAndMute()
{
    QFETCH(const bool, dark);
    const QString theme = dark ? u"dark"_s : u"light"_s;
    Test::QmlWarnings::clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 accountId = Test::prepareProfile(dir.path(), {});
    QVERIFY(accountId > 0);
    QVERIFY(seedGroups(dir.path(), accountId));
    {
        HistoryService history(ProfilePaths(dir.path()).database());
        const qint64 familyId = history.chats().ensureChat(accountId, Family).result();
        QVERIFY(history.chats().setMutedUntil(familyId, Chat::MutedForever).result());
        Message m;
        m.accountId = accountId;
        m.chatId = familyId;
        m.peer = Family;
        m.sender = u"Alice"_s;
        m.body = u"🍰 @Bob can you pick up the cake? @me you bring candles"_s;
        m.mentions = { Mention { 4, 7, u"xmpp:%1/Bob"_s.arg(Family), false },
            Mention { 35, 37, u"xmpp:%1/me"_s.arg(Family), true } };
        m.timestamp = QDateTime::currentMSecsSinceEpoch();
        m.stanzaId = m.messageId = u"mention1"_s;
        QCOMPARE(history.messages().insertMessages({ m }).result().size(), 1);
    }
    AccountSession session { ProfilePaths(dir.path()) };
    session.appSettings()->setTheme(dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
    QQmlApplicationEngine engine;
    QQuickWindow *window = Test::loadMainWindow(engine, session);
    QVERIFY(window);
    QQuickItem *main = nullptr;
    QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));

    // The muted group keeps its unread count, with the muted icon; the mute came from disk.
    QTRY_VERIFY(Test::findItem(main, u"mutedIcon"_s));
    QTRY_VERIFY(Test::findItem(main, u"unreadBadge"_s));
    Test::saveScreenshot(window, u"muted-row-%1"_s.arg(theme));
    // Its menu offers the mute's durations and, since it is muted, Unmute.
    QQuickItem *familyRow = findItems(main, u"chatRow"_s).value(0);
    QVERIFY(familyRow);
    auto *rowMenu = familyRow->findChild<QObject *>(u"chatMenu"_s);
    QVERIFY(rowMenu);
    QVERIFY(rowMenu && QMetaObject::invokeMethod(rowMenu, "open"));
    QTRY_VERIFY(rowMenu->property("opened").toBool());
    auto *muteMenu = rowMenu->findChild<QObject *>(u"muteMenu"_s);
    QVERIFY(muteMenu);
    QVERIFY(QMetaObject::invokeMethod(muteMenu, "open"));
    QTRY_VERIFY(muteMenu->property("opened").toBool());
    Test::saveScreenshot(window, u"mute-menu-%1"_s.arg(theme));
    QVERIFY(QMetaObject::invokeMethod(muteMenu, "close"));
    QVERIFY(QMetaObject::invokeMethod(rowMenu, "close"));
    QTRY_VERIFY(!rowMenu->property("visible").toBool());

    QVERIFY(openChat(main, Family));
    QQuickItem *conversation = Test::findItem(main, u"conversationPage"_s);
    QTRY_COMPARE(
        Test::findItem(conversation, u"conversationName"_s)->property("text"), u"Family"_s);
    QQuickItem *field = Test::findItem(conversation, u"composerField"_s);
    auto *completer = window->findChild<MentionCompletionModel *>(u"mentionCompleter"_s);
    QVERIFY(completer);
    QAbstractItemModelTester tester(
        completer, QAbstractItemModelTester::FailureReportingMode::QtTest);
    completer->setNickSource([](const QString &) {
        return QStringList { u"Alice"_s, u"Bob"_s, u"Carol"_s, u"me"_s, u"Barbara"_s };
    });
    Test::saveScreenshot(window, u"mention-bubble-%1"_s.arg(theme));

    // "@" offers everyone but us; "@b" narrows to Bob and Barbara, and "Carol" only contains no b.
    field->forceActiveFocus();
    Test::typeText(window, u"hi @"_s);
    auto *popup = window->findChild<QObject *>(u"mentionPopup"_s);
    QVERIFY(popup);
    QTRY_VERIFY(popup->property("opened").toBool());
    QCOMPARE(completer->rowCount(), 4);
    Test::typeText(window, u"b"_s);
    QTRY_COMPARE(completer->rowCount(), 2);
    QCOMPARE(completer->data(completer->index(0), MentionCompletionModel::NickRole), u"Barbara"_s);
    Test::saveScreenshot(window, u"mention-popup-%1"_s.arg(theme));
    // Down and Enter choose the second: the nick goes in, the popup goes, nothing is sent.
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE(field->property("text").toString(), u"hi @Bob "_s);
    QTRY_VERIFY(!popup->property("visible").toBool());
    QVERIFY(field->hasActiveFocus());
    // Esc closes the suggestions and keeps the text; typing on brings them back.
    Test::typeText(window, u"@c"_s);
    QTRY_VERIFY(popup->property("opened").toBool());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!popup->property("visible").toBool());
    QCOMPARE(field->property("text").toString(), u"hi @Bob @c"_s);
    Test::typeText(window, u"a"_s);
    QTRY_VERIFY(popup->property("opened").toBool());
    QTest::keyClick(window, Qt::Key_Tab);
    QTRY_COMPARE(field->property("text").toString(), u"hi @Bob @Carol "_s);

    QVERIFY2(Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
}

// A channel of 5,000 on the group info page: the list makes only the rows in view (and a few
// around them), with the group's details above it and its buttons below.
void TestGroupsUi::participantListIsVirtualised()
{
    Test::QmlWarnings::clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 accountId = Test::prepareProfile(dir.path(), {});
    QVERIFY(accountId > 0);
    QVERIFY(seedGroups(dir.path(), accountId));
    AccountSession session { ProfilePaths(dir.path()) };
    QQmlApplicationEngine engine;
    QQuickWindow *window = Test::loadMainWindow(engine, session);
    QVERIFY(window);
    QQuickItem *main = nullptr;
    QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));
    QVERIFY(openChat(main, Family));
    QQuickItem *page = Test::openGroupInfo(window, main);
    QVERIFY(page);
    auto *model = page->findChild<ParticipantModel *>(u"participantModel"_s);
    QVERIFY(model);

    QList<Participant> crowd;
    constexpr int Crowd = 5000;
    for (int i = 0; i < Crowd; ++i)
        crowd.append({ u"guest%1"_s.arg(i, 4, 10, QChar(u'0')), {}, MucAffiliation::None,
            MucRole::Participant, true, false });
    model->setParticipants(crowd, MucAffiliation::Member, MucRole::Participant, false);
    QQuickItem *list = Test::findItem(page, u"participantList"_s);
    QVERIFY(list);
    QTRY_COMPARE(list->property("count").toInt(), Crowd);
    QTRY_VERIFY(!findItems(page, u"participantRow"_s).isEmpty());
    // What exists: the rows that fit in the window, and the list's small cache around them.
    const auto made = findItems(page, u"participantRow"_s).size();
    QVERIFY2(made < 100, qPrintable(QString::number(made)));
    QVERIFY(Test::findItem(page, u"participantCount"_s)->isVisible());
    QCOMPARE(Test::findItem(page, u"participantCount"_s)->property("text").toString(),
        u"5000 participants"_s);

    // Scrolled to the end: the last guest, still few rows, the buttons under the list.
    QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
    const auto showsLast = [page] {
        const auto rows = findItems(page, u"participantRow"_s);
        return std::any_of(rows.cbegin(), rows.cend(),
            [](QQuickItem *row) { return row->property("nick").toString() == u"guest4999"_s; });
    };
    QTRY_VERIFY(showsLast());
    QVERIFY(findItems(page, u"participantRow"_s).size() < 100);
    QTRY_VERIFY(Test::findItem(page, u"leaveGroupButton"_s)->isVisible());
    QVERIFY2(Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
}

QTEST_MAIN(TestGroupsUi)
#include "tst_groupsui.moc"
