// When Natter notifies, checked through the Notifier interface with a recording backend: the
// desktop's notification service stays behind it.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "Await.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MuteService.h"
#include "NotificationService.h"
#include "Notifier.h"
#include "ProfilePaths.h"
#include "ReadSync.h"
#include "UnreadCounter.h"

#ifdef NATTER_HAVE_DBUS
#include "DBusNotifier.h"
#endif

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {

class RecordingNotifier : public Notifier
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    void withdraw(const QString &peer) override { withdrawn.append(peer); }
    QList<Notification> shown;
    QStringList withdrawn;
};

const QString Me = QStringLiteral("me@example.org");
const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");

Message incoming(const QString &peer, const QString &body)
{
    Message m;
    m.direction = Direction::Incoming;
    m.sender = peer;
    m.peer = peer;
    m.body = body;
    m.timestamp = QDateTime::currentMSecsSinceEpoch();
    m.stanzaId = QUuid::createUuid().toString();
    return m;
}

} // namespace

class TestNotificationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        const ProfilePaths profile(m_dir->path());
        QVERIFY(profile.ensureExists());
        QSettings(profile.settings(), QSettings::IniFormat).setValue(u"account/jid"_s, Me);
        m_session.emplace(profile);
        QTRY_VERIFY(m_session->accountId() != 0);
        m_notifier.shown.clear();
        m_notifier.withdrawn.clear();
        m_session->notifications()->setNotifier(&m_notifier);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    // A live message is announced the way a person sees it arrive.
    void notifiesThroughTheSessionsLivePath()
    {
        m_session->setWindowActive(true);
        m_session->notifications()->setOpenChat(Bob);
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"Hi there"_s) });
        QCOMPARE(m_notifier.shown.size(), 1);
        const Notification &n = m_notifier.shown.first();
        QCOMPARE(n.peer, Alice);
        QCOMPARE(n.title, u"alice"_s); // not in the roster: the JID's local part
        QCOMPARE(n.body, u"Hi there"_s);
    }

    // A chat read on another device takes its notification back here.
    void readElsewhereWithdrawsTheNotification()
    {
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"seen on the phone"_s) });
        QCOMPARE(m_notifier.shown.size(), 1);
        Q_EMIT m_session->readSync()->readElsewhere(Alice);
        QCOMPARE(m_notifier.withdrawn, QStringList { Alice });
    }

    void notFocusedOpenChatButBackgroundChats()
    {
        NotificationService *service = m_session->notifications();
        m_session->setWindowActive(true);
        service->setOpenChat(Alice);
        Q_EMIT m_session->messaging()->messagesStored(
            { incoming(Alice, u"one"_s), incoming(Bob, u"two"_s) });
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().peer, Bob);

        // The same chat, with the window in the background, is news again.
        m_session->setWindowActive(false);
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"three"_s) });
        QCOMPARE(m_notifier.shown.size(), 2);
        QCOMPARE(m_notifier.shown.last().body, u"three"_s);
    }

    void oneNotificationPerChatShowsTheNewest()
    {
        Q_EMIT m_session->messaging()->messagesStored(
            { incoming(Alice, u"first"_s), incoming(Alice, u"second"_s) });
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().body, u"second"_s);
    }

    void markupAndHugeBodiesArePlainAndShort()
    {
        const QString body = u"<b>bold</b> & <a href='x'>link</a>\n"_s + QString(100000, u'x');
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, body) });
        QCOMPARE(m_notifier.shown.size(), 1);
        const QString shown = m_notifier.shown.first().body;
        QCOMPARE(shown.size(), 120);
        QVERIFY(shown.startsWith(u"<b>bold</b> & <a href='x'>link</a> xxx"_s));
        QVERIFY(shown.endsWith(QChar(0x2026)));
#ifdef NATTER_HAVE_DBUS
        // The desktop service reads bodies as markup: it gets them escaped.
        QCOMPARE(DBusNotifier::markupSafe(u"<b>bold</b> & <a href='x'>"_s),
            u"&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href='x'&gt;"_s);
#endif
        // Truncation never cuts an emoji in half.
        const QString emoji = QString(119, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80") + u"b"_s;
        const QString cut = NotificationService::previewText(emoji);
        QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
    }

    // A location or a contact says what it is, not its URI; a geo: in a sentence stays text.
    void cardsSayWhatCame()
    {
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"geo:52.52,13.405"_s) });
        QCOMPARE(m_notifier.shown.last().body, u"📍 Location"_s);
        Q_EMIT m_session->messaging()->messagesStored(
            { incoming(Alice, u"xmpp:carol@example.org?roster;name=Carol"_s) });
        QCOMPARE(m_notifier.shown.last().body, u"👤 Contact: Carol"_s);
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"at geo:1,2"_s) });
        QCOMPARE(m_notifier.shown.last().body, u"at geo:1,2"_s);
    }

    // A photo, a voice note or a document without a caption is news too: it says what came.
    void filesWithoutTextAreAnnounced()
    {
        const auto withFile = [](const QString &peer, const QString &mime, const QString &name,
                                  qint64 durationMs = 0) {
            Message m = incoming(peer, {});
            Attachment file;
            file.mimeType = mime;
            file.fileName = name;
            file.durationMs = durationMs;
            m.attachments.append(file);
            return m;
        };
        const QString Carol = u"carol@example.org"_s;
        Q_EMIT m_session->messaging()->messagesStored(
            { withFile(Alice, u"image/jpeg"_s, u"IMG_0001.jpg"_s),
                withFile(Bob, u"audio/ogg"_s, u"voice-20261207.ogg"_s, 12'300),
                withFile(Carol, u"application/pdf"_s, u"report.pdf"_s) });
        QCOMPARE(m_notifier.shown.size(), 3);
        QCOMPARE(m_notifier.shown.at(0).body, u"📷 Photo"_s);
        QCOMPARE(m_notifier.shown.at(1).body, u"🎤 Voice message (0:12)"_s);
        QCOMPARE(m_notifier.shown.at(2).body, u"📄 report.pdf"_s);

        // A stranger's file name is untrusted text like a body: one line, and short.
        Q_EMIT m_session->messaging()->messagesStored(
            { withFile(Alice, u"application/zip"_s, u"a\nb"_s + QString(500, u'x') + u".zip"_s) });
        QCOMPARE(m_notifier.shown.size(), 4);
        QCOMPARE(m_notifier.shown.last().body.size(), 120);
        QVERIFY(!m_notifier.shown.last().body.contains(u'\n'));
    }

    void noneForOwnOrReadMessages()
    {
        Message outgoing = incoming(Alice, u"sent by me"_s);
        outgoing.direction = Direction::Outgoing;
        outgoing.sender = Me;
        Message alreadyRead = incoming(Alice, u"read elsewhere"_s);
        alreadyRead.read = true;
        Q_EMIT m_session->messaging()->messagesStored({ outgoing, alreadyRead });
        QVERIFY(m_notifier.shown.isEmpty());
    }

    // Archive catch-up stores straight into the history, read: old news, never notified.
    void noneForArchiveCatchUp()
    {
        Message restored = incoming(Alice, u"from last week"_s);
        restored.accountId = m_session->accountId();
        restored.read = true;
        QSignalSpy added(&m_session->history()->messages(), &MessageStore::messagesAdded);
        m_session->history()->messages().insertMessages({ restored });
        QVERIFY(added.wait());
        QTest::qWait(0);
        QVERIFY(m_notifier.shown.isEmpty());
    }

    // Back from a time offline, what the archive brought is announced once, not per chat; it
    // comes through the archive's signal as the session wires it.
    void catchUpIsAnnouncedOnceSummarised()
    {
        const auto news = [](const QString &peer, const QString &body, int count, qint64 at) {
            Message newest = incoming(peer, body);
            newest.timestamp = at;
            return CaughtUpChat { newest, count };
        };
        ArchiveService *archive = m_session->archive();
        Q_EMIT archive->newsCaughtUp({ news(Alice, u"a3"_s, 3, 100), news(Bob, u"b2"_s, 2, 200) });
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().body, u"5 new messages in 2 chats"_s);
        QCOMPARE(m_notifier.shown.first().peer, Bob); // a click opens the newest
        QCOMPARE(m_notifier.shown.first().title, u"Natter"_s);

        // One chat: from its sender, counted.
        Q_EMIT archive->newsCaughtUp({ news(Alice, u"a4"_s, 4, 300) });
        QCOMPARE(m_notifier.shown.size(), 2);
        QCOMPARE(m_notifier.shown.last().body, u"4 new messages"_s);
        QCOMPARE(m_notifier.shown.last().peer, Alice);

        // One message: as if it had come live.
        Q_EMIT archive->newsCaughtUp({ news(Bob, u"just this"_s, 1, 400) });
        QCOMPARE(m_notifier.shown.size(), 3);
        QCOMPARE(m_notifier.shown.last().body, u"just this"_s);

        // The chat the person is looking at is no news; the rest still is, and counts alone.
        m_session->setWindowActive(true);
        m_session->notifications()->setOpenChat(Alice);
        Q_EMIT archive->newsCaughtUp({ news(Alice, u"a"_s, 7, 500), news(Bob, u"b"_s, 2, 400) });
        QCOMPARE(m_notifier.shown.size(), 4);
        QCOMPARE(m_notifier.shown.last().peer, Bob);
        QCOMPARE(m_notifier.shown.last().body, u"2 new messages"_s);
        Q_EMIT archive->newsCaughtUp({ news(Alice, u"a"_s, 7, 600) });
        QCOMPARE(m_notifier.shown.size(), 4);
    }

    void previewsHiddenAndSwitchedOff()
    {
        NotificationService *service = m_session->notifications();
        service->setPreviews(false);
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"secret"_s) });
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().body, u"New message"_s);
        service->setEnabled(false);
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Bob, u"quiet"_s) });
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void clickOpensTheChat()
    {
        QSignalSpy requested(m_session->notifications(), &NotificationService::chatRequested);
        Q_EMIT m_notifier.activated(Alice);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), Alice);
    }

    void noNotifierIsQuiet()
    {
        m_session->notifications()->setNotifier(nullptr);
        Q_EMIT m_session->messaging()->messagesStored({ incoming(Alice, u"nobody hears"_s) });
        QVERIFY(m_notifier.shown.isEmpty());
    }

    void unreadCountSumsTheChats()
    {
        UnreadCounter *counter = m_session->unreadCounter();
        QCOMPARE(counter->unreadCount(), 0);
        QList<Message> batch { incoming(Alice, u"a"_s), incoming(Alice, u"b"_s),
            incoming(Bob, u"c"_s) };
        for (Message &m : batch)
            m.accountId = m_session->accountId();
        m_session->history()->messages().insertMessages(batch);
        QTRY_COMPARE(counter->unreadCount(), 3);
    }

    // A muted chat is silent, except for a message that mentions us; its mute ends by itself.
    void mutedChatIsSilentButAMentionNotifies()
    {
        MuteService *mutes = m_session->mutes();
        mutes->setClock([this] { return m_now; });
        const auto send = [this](const QString &peer, qint64 chatId, bool mentionsUs) {
            Message m = incoming(peer, u"hey me"_s);
            m.chatId = chatId;
            if (mentionsUs)
                m.mentions = { Mention { 4, 6, {}, true } };
            Q_EMIT m_session->messaging()->messagesStored({ m });
        };
        mutes->mute(42, MuteService::Duration::EightHours);
        QVERIFY(mutes->isMuted(42));
        send(Alice, 42, false);
        QCOMPARE(m_notifier.shown.size(), 0);
        send(Alice, 42, true);
        QCOMPARE(m_notifier.shown.size(), 1);
        send(Bob, 43, false); // another chat is not muted
        QCOMPARE(m_notifier.shown.size(), 2);

        m_now += MuteService::EightHoursMs - 1;
        send(Alice, 42, false);
        QCOMPARE(m_notifier.shown.size(), 2);
        m_now += 1; // eight hours on: the mute is over, without anyone lifting it
        QVERIFY(!mutes->isMuted(42));
        send(Alice, 42, false);
        QCOMPARE(m_notifier.shown.size(), 3);

        mutes->mute(42, MuteService::Duration::Always);
        m_now += qint64 { 10 } * 365 * 24 * 3600 * 1000;
        send(Alice, 42, false);
        QCOMPARE(m_notifier.shown.size(), 3);
        mutes->unmute(42);
        send(Alice, 42, false);
        QCOMPARE(m_notifier.shown.size(), 4);
    }

    // In a muted group a reply to one of our messages notifies, as a mention does; a reply to
    // someone else's does not, and neither does a reply in a muted one-to-one chat.
    void mutedGroupLetsARepliesToUsThrough()
    {
        const QString room = u"family@rooms.example.org"_s;
        m_session->notifications()->setGroupNames(
            [room](const QString &peer) { return peer == room ? u"Family"_s : QString(); });
        const auto store = [this](Message m) {
            m.accountId = m_session->accountId();
            const QList<Message> stored
                = Test::await(m_session->history()->messages().insertMessages({ m }));
            return stored.isEmpty() ? Message {} : stored.first();
        };
        const auto replyTo = [](Message m, const QString &ref) {
            m.replyRef = ref;
            return m;
        };
        Message ours = incoming(room, u"lunch?"_s);
        ours.direction = Direction::Outgoing;
        ours.sender = u"me"_s;
        ours.read = true;
        ours = store(ours);
        Message bobs = incoming(room, u"dinner?"_s);
        bobs.sender = u"Bob"_s;
        bobs = store(bobs);
        QVERIFY(ours.id != 0 && bobs.id != 0);
        m_session->mutes()->mute(ours.chatId, MuteService::Duration::Always);

        const Message toBob = store(replyTo(incoming(room, u"yes"_s), bobs.stanzaId));
        QCOMPARE(toBob.replyToId, bobs.id);
        QVERIFY(!toBob.repliesToUs);
        Q_EMIT m_session->messaging()->messagesStored({ toBob });
        QCOMPARE(m_notifier.shown.size(), 0);

        const Message toUs = store(replyTo(incoming(room, u"noon is fine"_s), ours.stanzaId));
        QCOMPARE(toUs.replyToId, ours.id);
        QVERIFY(toUs.repliesToUs);
        Q_EMIT m_session->messaging()->messagesStored({ toUs });
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().title, u"Family"_s);

        // One-to-one, a mute silences everything: every message there is to us.
        Message mine = incoming(Alice, u"coffee?"_s);
        mine.direction = Direction::Outgoing;
        mine.read = true;
        mine = store(mine);
        QVERIFY(mine.id != 0);
        m_session->mutes()->mute(mine.chatId, MuteService::Duration::Always);
        const Message answer = store(replyTo(incoming(Alice, u"sure"_s), mine.stanzaId));
        QVERIFY(answer.repliesToUs);
        Q_EMIT m_session->messaging()->messagesStored({ answer });
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    // When the earliest mute ends, the service says so once, so the UI can look again.
    void muteEndIsAnnounced()
    {
        MuteService *mutes = m_session->mutes();
        qint64 offset = 0;
        mutes->setClock([&offset] { return QDateTime::currentMSecsSinceEpoch() + offset; });
        mutes->mute(42, MuteService::Duration::EightHours);
        // As if eight hours had nearly passed: the end is 100 ms away.
        offset = MuteService::EightHoursMs - 100;
        mutes->setClock([&offset] { return QDateTime::currentMSecsSinceEpoch() + offset; });
        QVERIFY(mutes->isMuted(42));
        bool announcedOver = false;
        const auto connection = connect(mutes, &MuteService::mutesChanged, this,
            [&] { announcedOver = announcedOver || !mutes->isMuted(42); });
        QTRY_VERIFY_WITH_TIMEOUT(announcedOver, 5000);
        disconnect(connection);
        mutes->setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    }

    // The tray's total leaves muted chats out; the chat keeps its count.
    void mutedChatsLeaveTheUnreadTotal()
    {
        UnreadCounter *counter = m_session->unreadCounter();
        QList<Message> batch { incoming(Alice, u"a"_s), incoming(Alice, u"b"_s),
            incoming(Bob, u"c"_s) };
        for (Message &m : batch)
            m.accountId = m_session->accountId();
        const QList<Message> stored
            = m_session->history()->messages().insertMessages(batch).result();
        QTRY_COMPARE(counter->unreadCount(), 3);
        const qint64 aliceChat = stored.first().chatId;
        m_session->mutes()->mute(aliceChat, MuteService::Duration::OneWeek);
        QCOMPARE(counter->unreadCount(), 1);
        // A new message in the muted chat does not count either.
        Message more = incoming(Alice, u"d"_s);
        more.accountId = m_session->accountId();
        m_session->history()->messages().insertMessages({ more });
        QTRY_COMPARE(m_session->history()->chats().chat(aliceChat).result().unreadCount, 3);
        QCOMPARE(counter->unreadCount(), 1);
        m_session->mutes()->unmute(aliceChat);
        QTRY_COMPARE(counter->unreadCount(), 4);
    }

private:
    qint64 m_now = 1'700'000'000'000;
    std::optional<QTemporaryDir> m_dir;
    std::optional<AccountSession> m_session;
    RecordingNotifier m_notifier;
};

QTEST_GUILESS_MAIN(TestNotificationService)
#include "tst_notificationservice.moc"
