#pragma once

#include "AccountSession.h"
#include "AttachmentRoles.h"
#include "Message.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// The files of one chat, newest first, for the contact page's "Shared media" and the image
// viewer's next and previous. Read from the store a page at a time (by key) as the view asks,
// and kept live: new files appear on top, transfers and removals follow the store.
class SharedMediaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString peer READ peer WRITE setPeer NOTIFY peerChanged)
    // Only images: what the viewer steps through.
    Q_PROPERTY(bool imagesOnly READ imagesOnly WRITE setImagesOnly NOTIFY imagesOnlyChanged)
    Q_PROPERTY(qint64 chatId READ chatId NOTIFY chatIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // Nothing older is stored.
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY atEndChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        TimestampRole,
        OutgoingRole,
        // The first file's roles (AttachmentRoles) follow, far above these.
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 60;

    explicit SharedMediaModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString peer() const { return m_peer; }
    void setPeer(const QString &peer);
    bool imagesOnly() const { return m_imagesOnly; }
    void setImagesOnly(bool imagesOnly);
    qint64 chatId() const { return m_chatId; }
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads the next older page.
    Q_INVOKABLE void fetchOlder() { fetchMore({}); }
    Q_INVOKABLE int rowOf(qint64 messageId) const;
    // Pages until the message is loaded, then announces its row with found() (-1 when it is
    // not one of this list's files).
    Q_INVOKABLE void find(qint64 messageId);

    Q_INVOKABLE void download(qint64 attachmentId) { m_attachments.download(attachmentId); }
    Q_INVOKABLE void cancelTransfer(qint64 id) { m_attachments.cancelTransfer(id); }
    Q_INVOKABLE void openExternally(qint64 id) { m_attachments.openExternally(id); }
    Q_INVOKABLE bool saveAs(qint64 id, const QUrl &target)
    {
        return m_attachments.saveAs(id, target);
    }

Q_SIGNALS:
    void sessionChanged();
    void peerChanged();
    void imagesOnlyChanged();
    void chatIdChanged();
    void countChanged();
    void loadingChanged();
    void atEndChanged();
    void found(qint64 messageId, int row);

private:
    void open();
    void appendPage(const QList<Message> &newestFirst);
    void resolveWanted();
    void insertLive(const QList<Message> &added);
    void applyChange(const Message &message);
    void applyProgress(qint64 attachmentId, double progress);
    void removeRow(qint64 messageId);
    bool accepts(const Message &message) const;
    void setLoading(bool loading);
    void setAtEnd(bool atEnd);

    QPointer<AccountSession> m_session;
    QString m_peer;
    bool m_imagesOnly = false;
    qint64 m_chatId = 0;
    QList<Message> m_rows; // newest first
    qint64 m_wanted = 0; // asked for by find(), not loaded yet
    qint64 m_oldestRead = 0; // the oldest message a page returned, shown or filtered out
    AttachmentRoles m_attachments;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; // drops answers meant for another chat
};

} // namespace Natter
