#include "ChatComposer.h"

#include "ChatStateService.h"
#include "ContactService.h"
#include "Corrections.h"
#include "HistoryService.h"
#include "MediaService.h"
#include "MessageCard.h"
#include "MessagingService.h"
#include "Replies.h"

namespace Natter {

namespace {
// Blank lines and spaces around a message are never meant; inside they are.
QString trimmedLines(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text.at(begin).isSpace())
        ++begin;
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return text.mid(begin, end - begin);
}
} // namespace

ChatComposer::ChatComposer(QObject *parent)
    : QObject(parent)
    , m_attachments(new AttachmentDraftModel(this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(DraftSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ChatComposer::saveDraftNow);
}

ChatComposer::~ChatComposer()
{
    saveDraftNow();
}

void ChatComposer::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    saveDraftNow();
    m_session = session;
    m_attachments->setSession(session);
    Q_EMIT sessionChanged();
    loadDraft();
}

void ChatComposer::setPeer(const QString &peer)
{
    if (m_peer == peer)
        return;
    saveDraftNow();
    if (m_session && !m_peer.isEmpty())
        m_session->chatStates()->userStoppedTyping(m_peer);
    m_peer = peer;
    // Until the new chat's id arrives nothing is saved, so no draft lands in the wrong chat.
    ++m_generation;
    m_chatId = 0;
    m_draft.clear();
    m_unsaved.clear();
    m_dirty = false;
    setErrorText({});
    m_attachments->clear(); // files chosen for one chat never go to another
    if (std::exchange(m_editingId, 0) != 0)
        Q_EMIT editingChanged();
    setReply({});
    Q_EMIT peerChanged();
    Q_EMIT chatIdChanged();
    Q_EMIT draftLoaded();
}

void ChatComposer::setChatId(qint64 chatId)
{
    if (m_chatId == chatId)
        return;
    saveDraftNow();
    m_chatId = chatId;
    Q_EMIT chatIdChanged();
    loadDraft();
}

void ChatComposer::loadDraft()
{
    const quint64 generation = ++m_generation;
    if (!m_session || m_chatId == 0)
        return;
    m_session->history()->draft(m_chatId).then(this, [this, generation](const QString &draft) {
        if (generation != m_generation)
            return;
        if (!m_unsaved.isEmpty()) { // typed before the draft arrived: that text wins
            m_saveTimer.start();
            return;
        }
        m_draft = draft;
        m_unsaved = draft;
        Q_EMIT draftLoaded();
    });
    m_session->history()->draftReplyTo(m_chatId).then(this, [this, generation](qint64 replyToId) {
        if (generation == m_generation && replyToId != 0 && m_reply.id == 0)
            replyTo(replyToId);
    });
}

void ChatComposer::replyTo(qint64 messageId)
{
    if (!m_session || messageId <= 0)
        return;
    const quint64 generation = m_generation;
    m_session->history()->message(messageId).then(
        this, [this, generation](const Message &original) {
            // Only a message of this chat, and only while it is still the open one.
            if (generation != m_generation || original.id == 0 || original.chatId != m_chatId
                || original.kind != MessageKind::Chat)
                return;
            setReply(original);
            m_dirty = true;
            saveDraftNow();
        });
}

void ChatComposer::cancelReply()
{
    if (m_reply.id == 0)
        return;
    setReply({});
    m_dirty = true;
    saveDraftNow();
}

void ChatComposer::setReply(const Message &original)
{
    if (original.id == m_reply.id)
        return;
    m_reply = original;
    if (original.id == 0) {
        m_replyAuthor.clear();
        m_replyExcerpt.clear();
    } else if (original.direction == Direction::Outgoing) {
        m_replyAuthor = tr("You");
    } else if (original.sender.contains(u'@') && m_session && m_session->contacts()) {
        m_replyAuthor = m_session->contacts()->view(original.sender).name;
    } else {
        m_replyAuthor = original.sender; // a nickname in a group
    }
    m_replyExcerpt = original.id == 0 ? QString() : Replies::excerpt(original);
    Q_EMIT replyChanged();
}

bool ChatComposer::send(const QString &text)
{
    const QString body = trimmedLines(text);
    if (m_editingId != 0 && m_session) {
        if (body.isEmpty())
            return false;
        m_session->corrections()->correct(m_editingId, body).then(this, [this](bool ok) {
            if (!ok)
                setErrorText(tr("This message can no longer be edited."));
        });
        endEditing();
        Q_EMIT sent();
        return true;
    }
    const bool files = m_attachments->sendableCount() > 0;
    if (!m_session || (body.isEmpty() && !files) || m_peer.isEmpty())
        return false;
    if (m_session->accountId() == 0) {
        setErrorText(tr("Your history is not open yet; try again in a moment."));
        return false;
    }
    setErrorText({});
    const bool compress = m_attachments->compressImages();
    sendFiles(m_peer, m_attachments->takeSendable(), compress, body, m_reply.id);
    setReply({});
    m_session->chatStates()->userStoppedTyping(m_peer);
    m_unsaved.clear();
    m_dirty = true;
    saveDraftNow();
    Q_EMIT sent();
    return true;
}

bool ChatComposer::sendCard(const QString &uri)
{
    if (!m_session || m_peer.isEmpty()
        || MessageCard::fromBody(uri).kind() == MessageCard::Kind::None)
        return false;
    sendText(m_peer, uri.trimmed(), 0);
    return true;
}

bool ChatComposer::sendContact(const QString &jid, const QString &name)
{
    return sendCard(MessageCard::contactUri(jid, name));
}

void ChatComposer::sendFiles(const QString &peer, QList<AttachmentDraftModel::Draft> files,
    bool compress, const QString &text, qint64 replyToId)
{
    if (files.isEmpty() || !m_session || !m_session->media()) {
        sendText(peer, text, replyToId);
        return;
    }
    const AttachmentDraftModel::Draft file = files.takeFirst();
    m_session->media()
        ->sendFile(peer, file.url, file.caption, compress)
        .then(this,
            [this, peer, files, compress, text, replyToId, name = file.fileName](
                const QList<Message> &stored) {
                if (stored.isEmpty())
                    setErrorText(tr("“%1” could not be sent.").arg(name));
                sendFiles(peer, files, compress, text, replyToId);
            });
}

void ChatComposer::sendText(const QString &peer, const QString &text, qint64 replyToId)
{
    if (!m_session || text.isEmpty())
        return;
    m_session->messaging()
        ->send(peer, text, replyToId)
        .then(this, [this](const QList<Message> &stored) {
            if (stored.isEmpty())
                setErrorText(tr("This message could not be sent."));
        });
}

void ChatComposer::startEditing(qint64 messageId)
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    m_session->corrections()->editable(messageId).then(
        this, [this, generation](const Message &message) {
            if (generation == m_generation && message.peer == m_peer)
                beginEditing(message);
        });
}

void ChatComposer::editLast()
{
    if (!m_session || m_chatId == 0) {
        Q_EMIT nothingToEdit();
        return;
    }
    const quint64 generation = m_generation;
    m_session->corrections()->lastEditable(m_chatId).then(
        this, [this, generation](const Message &message) {
            if (generation != m_generation)
                return;
            if (message.id == 0)
                Q_EMIT nothingToEdit();
            else
                beginEditing(message);
        });
}

void ChatComposer::beginEditing(const Message &message)
{
    if (message.id == 0)
        return;
    if (m_editingId == 0)
        m_stashed = m_unsaved;
    m_editingId = message.id;
    m_editingText = message.body;
    Q_EMIT editingChanged();
    Q_EMIT editingStarted(message.body);
}

void ChatComposer::cancelEditing()
{
    if (m_editingId == 0)
        return;
    endEditing();
}

void ChatComposer::endEditing()
{
    m_editingId = 0;
    m_editingText.clear();
    m_draft = std::exchange(m_stashed, {});
    m_unsaved = m_draft;
    Q_EMIT editingChanged();
    // After the field has done with the sent or abandoned text (it clears itself after send).
    QMetaObject::invokeMethod(this, &ChatComposer::draftLoaded, Qt::QueuedConnection);
}

void ChatComposer::edited(const QString &text)
{
    // While editing, the field holds the message's text, which is no draft of the chat.
    if (m_editingId != 0)
        return;
    if (!m_session || m_peer.isEmpty() || text == m_unsaved)
        return;
    m_unsaved = text;
    m_dirty = true;
    if (m_chatId != 0)
        m_saveTimer.start();
    if (text.trimmed().isEmpty())
        m_session->chatStates()->userStoppedTyping(m_peer);
    else
        m_session->chatStates()->userTyped(m_peer);
}

void ChatComposer::setFocused(bool focused)
{
    if (m_session && !m_peer.isEmpty())
        m_session->chatStates()->setChatFocused(m_peer, focused);
}

void ChatComposer::saveDraftNow()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_session || m_chatId == 0)
        return;
    m_dirty = false;
    m_session->history()->saveDraft(m_chatId, trimmedLines(m_unsaved), m_reply.id);
}

void ChatComposer::setErrorText(const QString &text)
{
    if (m_errorText != text) {
        m_errorText = text;
        Q_EMIT errorTextChanged();
    }
}

} // namespace Natter
