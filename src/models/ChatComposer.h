#pragma once

#include "AccountSession.h"
#include "AttachmentDraftModel.h"

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

    // Sends the tray's files that can be sent, then text (trimmed of blank lines around it);
    // false when there is nothing to send.
    Q_INVOKABLE bool send(const QString &text);
    // Call on every change of the field's text.
    Q_INVOKABLE void edited(const QString &text);
    Q_INVOKABLE void setFocused(bool focused);

Q_SIGNALS:
    void sessionChanged();
    void peerChanged();
    void chatIdChanged();
    void draftLoaded();
    void errorTextChanged();
    void sent();

private:
    void loadDraft();
    void saveDraftNow();
    void setErrorText(const QString &text);
    // One file after the other, so they are stored (and shown) in the order chosen.
    void sendFiles(const QString &peer, QList<AttachmentDraftModel::Draft> files, bool compress,
        const QString &text);
    void sendText(const QString &peer, const QString &text);

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
};

} // namespace Natter
