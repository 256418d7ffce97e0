#pragma once

#include "Enums.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Natter {

class AccountSession;

// The files chosen for the next message of one chat, before they are sent: each with its
// caption, and with the reason it cannot be sent when the file or the server refuses it.
class AttachmentDraftModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Files without an error: the ones that go when the person sends.
    Q_PROPERTY(int sendableCount READ sendableCount NOTIFY countChanged)
    // Send images as smaller copies; starts from the profile's setting after every clear().
    Q_PROPERTY(bool compressImages READ compressImages WRITE setCompressImages NOTIFY
            compressImagesChanged)
    // Why the last add or paste took nothing (too many files, a paste that failed); else empty.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    enum Role {
        UrlRole = Qt::UserRole + 1,
        FileNameRole,
        SizeRole,
        SizeTextRole,
        MediaKindRole,
        PreviewUrlRole,
        CaptionRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    // One tray holds this many files; a drop of a whole folder's contents stops here.
    static constexpr int MaxFiles = 30;

    struct Draft
    {
        QUrl url;
        QString fileName;
        qint64 size = 0;
        MediaKind kind = MediaKind::Document;
        bool previewable = false; // an image type Qt decodes
        QString caption;
        QString error;
    };

    explicit AttachmentDraftModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    int sendableCount() const;
    bool compressImages() const { return m_compress; }
    void setCompressImages(bool compress);
    QString notice() const { return m_notice; }
    const QList<Draft> &drafts() const { return m_drafts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds local files (a file dialog's or a drop's URLs); the same file twice is kept once.
    // Returns how many were added.
    Q_INVOKABLE int add(const QList<QUrl> &urls);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void setCaption(int row, const QString &caption);
    Q_INVOKABLE void clear();
    // Takes files or an image from the clipboard. False when it holds neither, so the text
    // field pastes as usual. An image is saved as a PNG in the media cache, off the UI thread.
    Q_INVOKABLE bool paste();
    // The files that can be sent, in order; they leave the tray, refused ones stay.
    QList<Draft> takeSendable();
    // Where pasted images go: the profile's media cache, folder "outgoing".
    QString outgoingDir() const;

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void compressImagesChanged();
    void noticeChanged();
    // A pasted image has been written and added (or the notice says why not).
    void pasteFinished();

private:
    Draft describe(const QUrl &url) const;
    QString refusal(const QUrl &url) const;
    void setNotice(const QString &text);
    bool defaultCompress() const;

    QPointer<AccountSession> m_session;
    QList<Draft> m_drafts;
    bool m_compress = false;
    QString m_notice;
};

} // namespace Natter
