#pragma once

#include "AccountSession.h"
#include "AttachmentDraftModel.h"
#include "Message.h"

#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// What sits behind the composer of one chat: the draft, kept across restarts; the files in the
// tray; the chat states our typing produces; and sending, which stores messages in the outbox
// first: each file as its own message with its caption, then the text.
class ChatComposer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString peer READ peer WRITE setPeer NOTIFY peerChanged)
    Q_PROPERTY(qint64 chatId READ chatId WRITE setChatId NOTIFY chatIdChanged)
    // The saved draft of the chat, once loaded; the field takes it as its starting text.
    Q_PROPERTY(QString draft READ draft NOTIFY draftLoaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The files waiting to be sent with the next send(); emptied when the chat changes.
    Q_PROPERTY(Natter::AttachmentDraftModel *attachments READ attachments CONSTANT)
    // XEP-0308: the message of ours whose text the next send() replaces; 0 when none.
    Q_PROPERTY(qint64 editingId READ editingId NOTIFY editingChanged)
    // That message's text as it was when editing began, for the "Editing" strip.
    Q_PROPERTY(QString editingText READ editingText NOTIFY editingChanged)
    // The message the next send answers (XEP-0461), kept in the draft; 0 when none. Its
    // author and one line, for the strip above the field.
    Q_PROPERTY(qint64 replyToId READ replyToId NOTIFY replyChanged)
    Q_PROPERTY(QString replyAuthor READ replyAuthor NOTIFY replyChanged)
    Q_PROPERTY(QString replyExcerpt READ replyExcerpt NOTIFY replyChanged)

public:
    // The draft is written this long after the last key, and at once when the chat changes.
    static constexpr int DraftSaveDelayMs = 600;

    explicit ChatComposer(QObject *parent = nullptr);
    ~ChatComposer() override;

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString peer() const { return m_peer; }
    void setPeer(const QString &peer);
    qint64 chatId() const { return m_chatId; }
    void setChatId(qint64 chatId);
    QString draft() const { return m_draft; }
    QString errorText() const { return m_errorText; }
    AttachmentDraftModel *attachments() const { return m_attachments; }
    qint64 editingId() const { return m_editingId; }
    QString editingText() const { return m_editingText; }
    qint64 replyToId() const { return m_reply.id; }
    QString replyAuthor() const { return m_replyAuthor; }
    QString replyExcerpt() const { return m_replyExcerpt; }

    // The next message answers this one of the chat; cancelReply() takes that back.
    Q_INVOKABLE void replyTo(qint64 messageId);
    Q_INVOKABLE void cancelReply();

    // Sends the tray's files that can be sent, then text (trimmed of blank lines around it);
    // false when there is nothing to send.
    Q_INVOKABLE bool send(const QString &text);
    // Call on every change of the field's text.
    // A location or contact card (see MessageCard): its URI alone is the body, so clients
    // without cards still show a link. The typed text, the tray and the reply stay as they are.
    Q_INVOKABLE bool sendCard(const QString &uri);
    // A contact as xmpp:jid?roster;name=… (XEP-0147), the way other clients share one.
    Q_INVOKABLE bool sendContact(const QString &jid, const QString &name);
    Q_INVOKABLE void edited(const QString &text);
    Q_INVOKABLE void setFocused(bool focused);
    // Begins editing our message messageId, if it can still be edited (editingStarted).
    Q_INVOKABLE void startEditing(qint64 messageId);
    // Begins editing our newest message of the chat; nothingToEdit when there is none we may.
    Q_INVOKABLE void editLast();
    // Back to the draft the edit interrupted.
    Q_INVOKABLE void cancelEditing();

Q_SIGNALS:
    void sessionChanged();
    void peerChanged();
    void chatIdChanged();
    void draftLoaded();
    void errorTextChanged();
    void sent();
    void editingChanged();
    // The field takes text, the message's current text, to change it.
    void editingStarted(const QString &text);
    void nothingToEdit();
    void replyChanged();

private:
    void loadDraft();
    void saveDraftNow();
    void setErrorText(const QString &text);
    // One file after the other, so they are stored (and shown) in the order chosen.
    void sendFiles(const QString &peer, QList<AttachmentDraftModel::Draft> files, bool compress,
        const QString &text, qint64 replyToId);
    void sendText(const QString &peer, const QString &text, qint64 replyToId);
    void beginEditing(const Message &message);
    void endEditing();
    void setReply(const Message &original);

    QPointer<AccountSession> m_session;
    AttachmentDraftModel *m_attachments;
    QString m_peer;
    qint64 m_chatId = 0;
    QString m_draft;
    QString m_unsaved; // typed, not yet written
    bool m_dirty = false;
    QTimer m_saveTimer;
    QString m_errorText;
    quint64 m_generation = 0;
    qint64 m_editingId = 0;
    QString m_editingText;
    QString m_stashed; // the draft an edit interrupted
    Message m_reply; // the original the next message answers; id 0 when none
    QString m_replyAuthor;
    QString m_replyExcerpt;
};

} // namespace Natter
