#include "ConversationModel.h"

#include "ArchiveService.h"
#include "ChatActions.h"
#include "ChatStateService.h"
#include "ChatTime.h"
#include "ConsistentColor.h"
#include "ContactService.h"
#include "Corrections.h"
#include "FindWords.h"
#include "Forwarding.h"
#include "HistoryService.h"
#include "MediaService.h"
#include "MessageLinks.h"
#include "MessageMarkup.h"
#include "MessagingService.h"
#include "Reactions.h"
#include "Retractions.h"
#include "Stars.h"
#include "SystemLineText.h"

#include <QClipboard>
#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace Natter {

namespace {
QList<Message> newestFirst(const QList<Message> &oldestFirst)
{
    return QList<Message>(oldestFirst.crbegin(), oldestFirst.crend());
}
} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_replies, &ReplyQuotes::changed, this, &ConversationModel::repaintRepliesTo);
    connect(&m_replies, &ReplyQuotes::found, this, &ConversationModel::jumpTo);
    connect(&m_replies, &ReplyQuotes::notFound, this, &ConversationModel::originalNotFound);
    connect(&m_selection, &MessageSelection::messagesToggled, this,
        [this](const QList<qint64> &messageIds) {
            for (qint64 id : messageIds) {
                const int row = rowOf(id);
                if (row >= 0)
                    Q_EMIT dataChanged(index(row), index(row), { CheckedRole });
            }
        });
    m_selection.setRules(
        [this](const Message &m) {
            return m_session
                && m_session->retractions()->canRetract(m, QDateTime::currentMSecsSinceEpoch());
        },
        [this](const Message &m) {
            if (m.direction == Direction::Outgoing)
                return tr("You");
            if (!m_isGroup && m_session && m_session->contacts()) {
                QString name = m_session->contacts()->view(m.sender).name;
                if (!name.isEmpty())
                    return name;
            }
            return m.sender;
        });
    connect(&m_reactions, &ReactionRoles::messageChanged, this, [this](qint64 messageId) {
        const int row = rowOf(messageId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { ReactionsRole });
    });
}

void ConversationModel::react(int row, const QString &emoji)
{
    const qint64 id = idAt(row);
    if (m_session && id != 0)
        m_session->reactions()->toggle(id, emoji);
}

void ConversationModel::toggleStar(qint64 messageId)
{
    if (m_session && messageId > 0)
        m_session->stars()->toggle(messageId);
}

QStringList ConversationModel::quickReactions() const
{
    return Reactions::quickEmojis();
}

void ConversationModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->history(), nullptr, this, nullptr);
        disconnect(m_session->chatStates(), nullptr, this, nullptr);
        disconnect(m_session->media(), nullptr, this, nullptr);
    }
    m_session = session;
    m_replies.setSession(session);
    m_attachments.setMedia(m_session ? m_session->media() : nullptr);
    m_reactions.setSession(m_session);
    if (m_session) {
        connect(m_session->media(), &MediaService::progressChanged, this,
            &ConversationModel::applyProgress);
        HistoryService *history = m_session->history();
        connect(m_session, &AccountSession::accountIdChanged, this, &ConversationModel::open);
        connect(history, &HistoryService::messagesAdded, this, &ConversationModel::insertLive);
        connect(history, &HistoryService::messageChanged, this, &ConversationModel::applyChange);
        connect(history, &HistoryService::messageRemoved, this, [this](qint64 chatId, qint64 id) {
            if (chatId == m_chatId) {
                m_replies.originalRemoved(id);
                removeRow(id);
            }
        });
        // Cleared or deleted here: what is shown is gone.
        connect(history, &HistoryService::chatCleared, this, [this](qint64 chatId) {
            if (chatId == m_chatId)
                open();
        });
        connect(history, &HistoryService::unreadCountChanged, this, [this](qint64 chatId, int n) {
            if (chatId == m_chatId && n != m_unreadCount) {
                m_unreadCount = n;
                Q_EMIT unreadCountChanged();
            }
        });
        connect(m_session->chatStates(), &ChatStateService::peerStateChanged, this,
            [this](const QString &peer, ChatState state) {
                const bool typing = state == ChatState::Composing;
                if (peer == m_peer && typing != m_peerTyping) {
                    m_peerTyping = typing;
                    Q_EMIT peerTypingChanged();
                }
            });
    }
    open();
    Q_EMIT sessionChanged();
}

void ConversationModel::setPeer(const QString &peer)
{
    if (m_peer == peer)
        return;
    m_peer = peer;
    Q_EMIT peerChanged();
    open();
}

// Opens at the first unread message when there is one, else at the newest.
void ConversationModel::open()
{
    const quint64 generation = ++m_generation;
    replaceRows({});
    m_reactions.clear();
    m_chatId = 0;
    m_early.clear();
    m_reloading = true;
    m_firstUnreadId = 0;
    m_pendingJump = 0;
    m_seenUpTo = 0;
    m_unreadAtOpen = 0;
    m_isGroup = false;
    m_replies.clear();
    setAtStart(false);
    setAtLiveEnd(true);
    const bool typing
        = m_session && m_session->chatStates()->peerState(m_peer) == ChatState::Composing;
    if (typing != m_peerTyping) {
        m_peerTyping = typing;
        Q_EMIT peerTypingChanged();
    }
    if (!m_session || m_peer.isEmpty() || m_session->accountId() == 0) {
        Q_EMIT chatIdChanged();
        m_reloading = false;
        setLoading(false);
        return;
    }
    setLoading(true);
    HistoryService *history = m_session->history();
    history->openChat(m_session->accountId(), m_peer)
        .then(this, [=, this](const HistoryService::Opened &opened) {
            if (generation != m_generation)
                return;
            const Chat &chat = opened.chat;
            m_chatId = chat.id;
            m_session->chatActions()->opened(chat.id);
            m_unreadCount = m_unreadAtOpen = chat.unreadCount;
            // A private chat through a room has one author on each side, as a person's has.
            m_isGroup = chat.kind == ChatKind::PrivateGroup || chat.kind == ChatKind::Channel;
            m_replies.setGroup(m_isGroup);
            Q_EMIT unreadCountChanged();
            Q_EMIT chatIdChanged();
            m_firstUnreadId = opened.firstUnread;
            const qint64 focus = m_pendingJump ? m_pendingJump : opened.firstUnread;
            auto page = focus
                ? history->pageAround(chat.id, focus, PageSize)
                : history->newestPage(chat.id, PageSize).then([](const QList<Message> &newest) {
                      return HistoryService::Page { newest, true };
                  });
            page.then(this, [=, this](const HistoryService::Page &shown) {
                if (generation != m_generation)
                    return;
                showWindow(shown.messages, focus, shown.atNewest || chat.lastMessageId == 0);
            });
        });
}

void ConversationModel::showWindow(
    const QList<Message> &oldestFirst, qint64 focusId, bool atLiveEnd)
{
    setAtLiveEnd(atLiveEnd);
    replaceRows(newestFirst(oldestFirst));
    setLoading(false);
    m_reloading = false;
    insertLive(std::exchange(m_early, {}));
    Q_EMIT positionRequested(focusId != 0 ? m_window.rowOf(focusId) : 0);
}

// Removal and insertion rather than a reset: Qt 6.4's views complain ("DelegateModel::cancel:
// index out range") when a reset lands while they are still creating delegates.
void ConversationModel::replaceRows(const QList<Message> &newestFirstRows)
{
    m_html.clear();
    m_selection.clear(); // another chat, or another part of it
    if (!m_window.isEmpty()) {
        beginRemoveRows({}, 0, m_window.size() - 1);
        m_window.replace({});
        endRemoveRows();
    }
    if (!newestFirstRows.isEmpty()) {
        beginInsertRows({}, 0, int(newestFirstRows.size()) - 1);
        m_window.replace(newestFirstRows);
        endInsertRows();
    }
    Q_EMIT countChanged();
}

void ConversationModel::setFindText(const QString &text)
{
    if (m_findText == text)
        return;
    m_findText = text;
    m_findWords = FindWords::split(text);
    m_html.clear();
    if (!m_window.isEmpty())
        Q_EMIT dataChanged(index(0), index(m_window.size() - 1), { HtmlRole });
    Q_EMIT findTextChanged();
}

void ConversationModel::fetchOlder()
{
    if (!m_session || m_loading || m_atStart || m_chatId == 0)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    // The service decides where older messages come from (the store, then the archive).
    m_session->archive()
        ->olderPage(m_chatId, m_peer, m_window.isEmpty() ? 0 : m_window.oldest().id, PageSize)
        .then(this, [=, this](const ArchiveService::OlderPage &page) {
            if (generation != m_generation)
                return;
            appendOlder(page.messages);
            setLoading(false); // empty and not at the start: offline, asked again on scrolling
            if (page.atStart)
                setAtStart(true);
        });
}

void ConversationModel::fetchNewer()
{
    if (!m_session || m_loading || m_atLiveEnd || m_window.isEmpty())
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_session->history()
        ->pageAfter(m_window.newest().id, PageSize)
        .then(this, [=, this](const QList<Message> &page) {
            if (generation != m_generation)
                return;
            prependNewer(page);
            if (page.size() < PageSize)
                setAtLiveEnd(true);
            setLoading(false);
        });
}

void ConversationModel::jumpTo(qint64 messageId)
{
    if (const int row = m_window.rowOf(messageId); row >= 0) {
        Q_EMIT positionRequested(row);
        return;
    }
    if (!m_session)
        return;
    if (m_chatId == 0) { // still opening: open there instead of at the end
        m_pendingJump = messageId;
        return;
    }
    setLoading(true);
    m_reloading = true;
    const quint64 generation = ++m_generation;
    m_session->history()
        ->pageAround(m_chatId, messageId, PageSize)
        .then(this, [=, this](const HistoryService::Page &page) {
            if (generation != m_generation)
                return;
            setAtStart(false);
            showWindow(page.messages, messageId, page.atNewest);
        });
}

void ConversationModel::jumpToLatest()
{
    if (m_atLiveEnd) {
        if (!m_window.isEmpty())
            Q_EMIT positionRequested(0);
        return;
    }
    if (!m_session || m_chatId == 0)
        return;
    setLoading(true);
    m_reloading = true;
    const quint64 generation = ++m_generation;
    m_session->history()
        ->newestPage(m_chatId, PageSize)
        .then(this, [=, this](const QList<Message> &page) {
            if (generation != m_generation)
                return;
            setAtStart(false);
            showWindow(page, 0, true);
        });
}

void ConversationModel::appendOlder(const QList<Message> &oldestFirst)
{
    const QList<Message> fresh = m_window.unloadedOlder(oldestFirst);
    if (fresh.isEmpty())
        return;
    const int first = m_window.size();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_window.appendOlder(fresh);
    endInsertRows();
    Q_EMIT countChanged();
    touchNeighbours(first - 1, first - 1); // the old oldest now has an older neighbour
}

void ConversationModel::prependNewer(const QList<Message> &oldestFirst)
{
    const QList<Message> fresh = m_window.unloadedNewer(oldestFirst);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_window.prependNewer(fresh);
    endInsertRows();
    Q_EMIT countChanged();
}

// New messages from anywhere (sent here, live, carbons, archive catch-up) land where their key
// puts them, if that part of the history is loaded; otherwise paging brings them later.
void ConversationModel::insertLive(const QList<Message> &added)
{
    QList<Message> mine;
    for (const Message &m : added) {
        const bool ours
            = m_chatId != 0 ? m.chatId == m_chatId : m.peer == m_peer && !m_peer.isEmpty();
        if (ours && !m_window.contains(m.id))
            mine.append(m);
    }
    if (mine.isEmpty())
        return;
    if (m_reloading) {
        m_early.append(mine);
        return;
    }
    std::sort(mine.begin(), mine.end(), &MessageWindow::keyBefore);
    QList<Message> newer;
    for (const Message &m : std::as_const(mine)) {
        if (m_window.isEmpty() || MessageWindow::keyBefore(m_window.newest(), m)) {
            if (m_atLiveEnd)
                newer.append(m);
            continue;
        }
        if (MessageWindow::keyBefore(m, m_window.oldest()) && !m_atStart)
            continue; // older than the loaded window: paging will find it
        const int row = m_window.insertionRow(m);
        beginInsertRows({}, row, row);
        m_window.insert(row, m);
        endInsertRows();
        touchNeighbours(row - 1, row - 1);
    }
    prependNewer(newer);
    Q_EMIT countChanged();
}

void ConversationModel::applyChange(const Message &message)
{
    if (message.chatId == m_chatId)
        m_replies.originalChanged(message);
    if (message.chatId != m_chatId || !m_window.contains(message.id))
        return;
    const int row = m_window.rowOf(message.id);
    m_window.set(row, message);
    m_html.remove(message.id);
    m_attachments.forgetProgress(message);
    Q_EMIT dataChanged(index(row), index(row));
}

// Only the row of that file repaints, and only its progress: reports come several times a second.
void ConversationModel::applyProgress(qint64 attachmentId, double progress)
{
    m_attachments.setProgress(attachmentId, progress);
    if (const int row = AttachmentRoles::rowWithFile(m_window.rows(), attachmentId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { AttachmentRoles::TransferProgressRole });
}

void ConversationModel::removeRow(qint64 messageId)
{
    const int row = m_window.rowOf(messageId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_window.removeAt(row);
    m_html.remove(messageId);
    m_selection.forget(messageId);
    endRemoveRows();
    Q_EMIT countChanged();
    touchNeighbours(row - 1, row);
}

void ConversationModel::markSeen(qint64 messageId)
{
    const int row = m_window.rowOf(messageId);
    if (!m_session || row < 0)
        return;
    // A system line is never unread: what was seen is the newest message at or before it.
    int seen = row;
    while (seen < m_window.size() && m_window.at(seen).kind == MessageKind::System)
        ++seen;
    if (seen >= m_window.size())
        return;
    const Message &m = m_window.at(seen);
    messageId = m.id;
    if (m.direction != Direction::Incoming || m.timestamp < m_seenUpTo)
        return;
    m_seenUpTo = m.timestamp + 1;
    m_session->messaging()->markDisplayed(messageId);
}

void ConversationModel::retry(qint64 messageId)
{
    if (m_session)
        m_session->messaging()->retry(messageId);
}

int ConversationModel::rowOf(qint64 messageId) const
{
    return m_window.rowOf(messageId);
}

qint64 ConversationModel::idAt(int row) const
{
    return m_window.idAt(row);
}

int ConversationModel::lastOwnRow() const
{
    return m_window.lastOwnRow();
}

void ConversationModel::copyText(int row) const
{
    if (row < 0 || row >= m_window.size())
        return;
    const Message &m = m_window.at(row);
    const QString text = m.kind == MessageKind::System ? systemText(m) : m.body;
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QStringList ConversationModel::linksAt(int row) const
{
    if (row < 0 || row >= m_window.size())
        return {};
    return MessageLinks::targets(m_window.at(row).body);
}

bool ConversationModel::canEditAt(int row) const
{
    return row >= 0 && row < m_window.size() && Corrections::mayEditNow(m_window.at(row));
}

QString ConversationModel::systemText(const Message &m) const
{
    SystemEvent event = SystemEvent::decode(m.event);
    // Someone the room names only by address is shown by the name the person knows them by.
    if (m_session && m_session->contacts() && !event.targetJid.isEmpty()
        && event.target == event.targetJid) {
        const ContactView contact = m_session->contacts()->view(event.targetJid);
        if (contact.inRoster && !contact.name.isEmpty())
            event.target = contact.name;
    }
    return SystemLineText::sentence(event);
}

void ConversationModel::touchNeighbours(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, m_window.size() - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first), index(last), { DaySeparatorRole, GroupedWithOlderRole });
}

void ConversationModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void ConversationModel::setAtLiveEnd(bool atLiveEnd)
{
    if (m_atLiveEnd != atLiveEnd) {
        m_atLiveEnd = atLiveEnd;
        Q_EMIT atLiveEndChanged();
    }
}

void ConversationModel::setAtStart(bool atStart)
{
    if (m_atStart != atStart) {
        m_atStart = atStart;
        Q_EMIT atStartChanged();
    }
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_window.size();
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Message &m = m_window.at(row);
    if (AttachmentRoles::handles(role))
        return m_attachments.data(m, role);
    switch (role) {
    case MessageIdRole:
        return m.id;
    case BodyRole:
    case Qt::DisplayRole:
        return m.body;
    case HtmlRole: {
        auto it = m_html.constFind(m.id);
        if (it == m_html.cend())
            it = m_html.insert(m.id, MessageMarkup::toHtml(m.body, m.mentions, m_findWords));
        return *it;
    }
    case OutgoingRole:
        return m.direction == Direction::Outgoing;
    case TimeRole:
        return ChatTime::timeOfDay(QDateTime::fromMSecsSinceEpoch(m.timestamp).time());
    case TimestampRole:
        return m.timestamp;
    case DeliveryStateRole:
        return int(m.deliveryState);
    case ErrorTextRole:
        return m.errorText;
    case EditedRole:
        return m.edited;
    case DaySeparatorRole:
        if (!m_window.startsDay(row))
            return QString();
        return ChatTime::daySeparator(
            QDateTime::fromMSecsSinceEpoch(m.timestamp), QDateTime::currentDateTime());
    case GroupedWithOlderRole:
        return m_window.groupedWithOlder(row);
    case UnreadDividerRole:
        return m.id == m_firstUnreadId && m_unreadAtOpen > 0;
    case SenderNameRole:
        return m_isGroup && m.direction == Direction::Incoming && m.kind == MessageKind::Chat
            ? m.sender
            : QString();
    case SenderColorRole:
        return m_isGroup && m.direction == Direction::Incoming && m.kind == MessageKind::Chat
            ? QColor::fromRgb(consistentColor(m.sender))
            : QColor();
    case IsSystemRole:
        return m.kind == MessageKind::System;
    case SystemTextRole:
        return m.kind == MessageKind::System ? systemText(m) : QString();
    case ReplyStateRole:
    case ReplyAuthorRole:
    case ReplyColorRole:
    case ReplyExcerptRole:
    case ReplyThumbnailRole:
        return replyData(m, role);
    case RetractedRole:
        return m.retracted;
    case CanRetractRole:
        return m_session
            && m_session->retractions()->canRetract(m, QDateTime::currentMSecsSinceEpoch());
    case ReactionsRole:
        return m_reactions.chips(m);
    case CheckedRole:
        return m_selection.contains(m.id);
    case ForwardedRole:
        return m.forwarded;
    case CanForwardRole:
        return Forwarding::canForward(m);
    case StarredRole:
        return m.starredAt != 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = AttachmentRoles::roleNames();
    names.insert({
        { MessageIdRole, "messageId" },
        { BodyRole, "body" },
        { HtmlRole, "html" },
        { OutgoingRole, "outgoing" },
        { TimeRole, "time" },
        { TimestampRole, "timestamp" },
        { DeliveryStateRole, "deliveryState" },
        { ErrorTextRole, "errorText" },
        { EditedRole, "edited" },
        { DaySeparatorRole, "daySeparator" },
        { GroupedWithOlderRole, "groupedWithOlder" },
        { UnreadDividerRole, "unreadDivider" },
        { SenderNameRole, "senderName" },
        { SenderColorRole, "senderColor" },
        { IsSystemRole, "isSystem" },
        { SystemTextRole, "systemText" },
        { ReplyStateRole, "replyState" },
        { ReplyAuthorRole, "replyAuthor" },
        { ReplyColorRole, "replyColor" },
        { ReplyExcerptRole, "replyExcerpt" },
        { ReplyThumbnailRole, "replyThumbnail" },
        { RetractedRole, "retracted" },
        { CanRetractRole, "canRetract" },
        { ReactionsRole, "reactions" },
        { CheckedRole, "checked" },
        { ForwardedRole, "forwarded" },
        { CanForwardRole, "canForward" },
        { StarredRole, "starred" },
    });
    return names;
}

QVariant ConversationModel::replyData(const Message &m, int role) const
{
    const ReplyQuotes::Quote quote = m_replies.quote(m);
    switch (role) {
    case ReplyStateRole:
        return int(quote.state);
    case ReplyAuthorRole:
        return quote.author;
    case ReplyColorRole:
        return quote.color;
    case ReplyExcerptRole:
        return quote.excerpt;
    default:
        return quote.thumbnailUrl;
    }
}

void ConversationModel::repaintRepliesTo(qint64 originalId)
{
    const QList<int> replyRoles { ReplyStateRole, ReplyAuthorRole, ReplyColorRole, ReplyExcerptRole,
        ReplyThumbnailRole };
    for (int row = 0; row < m_window.size(); ++row) {
        if (m_window.at(row).replyToId == originalId)
            Q_EMIT dataChanged(index(row), index(row), replyRoles);
    }
}

void ConversationModel::jumpToOriginal(qint64 replyId)
{
    const int row = m_window.rowOf(replyId);
    if (row < 0)
        return;
    m_replies.find(m_window.at(row));
}

void ConversationModel::retract(qint64 messageId)
{
    if (m_session)
        m_session->retractions()->retract(messageId);
}

void ConversationModel::copyChecked() const
{
    const QString text = m_selection.text();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ConversationModel::deleteCheckedForMe()
{
    const QList<qint64> ids = m_selection.ids();
    m_selection.clear();
    for (qint64 id : ids)
        deleteForMe(id);
}

void ConversationModel::starChecked()
{
    if (!m_session || !m_selection.active())
        return;
    const bool unstar = m_selection.allStarred();
    const QList<qint64> ids = m_selection.ids();
    m_selection.clear();
    for (qint64 id : ids)
        unstar ? m_session->stars()->unstar(id) : m_session->stars()->star(id);
}

void ConversationModel::retractChecked()
{
    if (!m_selection.canRetract())
        return;
    const QList<qint64> ids = m_selection.ids();
    m_selection.clear();
    for (qint64 id : ids)
        retract(id);
}

void ConversationModel::deleteForMe(qint64 messageId)
{
    if (!m_session)
        return;
    m_session->retractions()->deleteForMe(messageId).then(this, [this, messageId](bool deleted) {
        if (deleted)
            Q_EMIT deletedForMe(messageId);
    });
}

void ConversationModel::undoDelete(qint64 messageId)
{
    if (m_session)
        m_session->retractions()->undoDelete(messageId);
}

} // namespace Natter
