#pragma once

#include "AccountSession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Natter {

// The participants offered after "@" in a group's composer: those whose nickname starts with
// what follows the "@" up to the cursor (then those that contain it), never ourselves. Empty
// when the chat is not a group or the cursor is not in an "@word".
class MentionCompletionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString peer READ peer WRITE setPeer NOTIFY peerChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // A long list helps no one choose; typing more narrows it.
    static constexpr int MaxShown = 50;

    enum Role { NickRole = Qt::UserRole + 1, TintRole };
    Q_ENUM(Role)

    explicit MentionCompletionModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString peer() const { return m_peer; }
    void setPeer(const QString &peer);

    // For tests and previews: the room's nicknames from here instead of the room's occupants.
    void setNickSource(std::function<QStringList(const QString &room)> source)
    {
        m_nickSource = std::move(source);
    }

    // The composer's text and cursor changed: offer what fits the "@word" at the cursor.
    Q_INVOKABLE void update(const QString &text, int cursorPosition);
    // text with the "@word" at the cursor replaced by "@Nick " for row: { text, cursor }.
    Q_INVOKABLE QVariantMap complete(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionChanged();
    void peerChanged();
    void countChanged();

private:
    void refilter();

    QPointer<AccountSession> m_session;
    QString m_peer;
    QString m_text;
    qsizetype m_at = -1; // where the "@" of the word at the cursor is; -1 when none
    qsizetype m_cursor = 0;
    QStringList m_nicks;
    std::function<QStringList(const QString &)> m_nickSource;
};

} // namespace Natter
