#include "MentionCompletionModel.h"

#include "ConsistentColor.h"
#include "GroupService.h"
#include "Mention.h"

#include <QColor>

namespace Natter {

MentionCompletionModel::MentionCompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MentionCompletionModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session->groups(), nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session->groups(), &GroupService::participantsChanged, this,
            &MentionCompletionModel::refilter);
    }
    refilter();
    Q_EMIT sessionChanged();
}

void MentionCompletionModel::setPeer(const QString &peer)
{
    if (m_peer == peer)
        return;
    m_peer = peer;
    m_at = -1;
    refilter();
    Q_EMIT peerChanged();
}

void MentionCompletionModel::update(const QString &text, int cursorPosition)
{
    m_text = text;
    m_cursor = std::clamp<qsizetype>(cursorPosition, 0, text.size());
    // The "@" starts the text or follows a space, and nothing but the word lies between it and
    // the cursor.
    m_at = -1;
    for (qsizetype i = m_cursor - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c == u'@') {
            if (i == 0 || text[i - 1].isSpace())
                m_at = i;
            break;
        }
        if (c.isSpace())
            break;
    }
    refilter();
}

void MentionCompletionModel::refilter()
{
    QStringList nicks;
    const GroupService *groups = m_session ? m_session->groups() : nullptr;
    if (groups && m_at >= 0 && groups->isGroup(m_peer)) {
        const Group group = groups->groupFor(m_peer);
        const QString typed = m_text.mid(m_at + 1, m_cursor - m_at - 1);
        QStringList present;
        if (m_nickSource) {
            present = m_nickSource(m_peer);
        } else {
            for (const Occupant &occupant : groups->participants(group.chatId))
                present.append(occupant.nick);
        }
        QStringList containing;
        for (const QString &nick : std::as_const(present)) {
            if (nick.isEmpty() || nick == group.nick)
                continue;
            if (nick.startsWith(typed, Qt::CaseInsensitive))
                nicks.append(nick);
            else if (nick.contains(typed, Qt::CaseInsensitive))
                containing.append(nick);
        }
        const auto byName = [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        };
        std::sort(nicks.begin(), nicks.end(), byName);
        std::sort(containing.begin(), containing.end(), byName);
        nicks += containing;
        if (nicks.size() > MaxShown)
            nicks.resize(MaxShown);
    }
    if (nicks == m_nicks)
        return;
    const bool countChanges = nicks.size() != m_nicks.size();
    beginResetModel();
    m_nicks = nicks;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QVariantMap MentionCompletionModel::complete(int row) const
{
    if (row < 0 || row >= m_nicks.size() || m_at < 0)
        return { { QStringLiteral("text"), m_text }, { QStringLiteral("cursor"), m_cursor } };
    // "@Nick" as typed in WhatsApp: the "@" shows everyone a name was called, and the reference
    // our message carries covers the nick alone (see Mentions::typed).
    const QString inserted = u'@' + m_nicks[row] + u' ';
    QString text = m_text;
    text.replace(m_at, m_cursor - m_at, inserted);
    return { { QStringLiteral("text"), text },
        { QStringLiteral("cursor"), m_at + inserted.size() } };
}

int MentionCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nicks.size());
}

QVariant MentionCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString &nick = m_nicks[index.row()];
    switch (role) {
    case NickRole:
    case Qt::DisplayRole:
        return nick;
    case TintRole:
        return QColor::fromRgb(consistentColor(nick));
    default:
        return {};
    }
}

QHash<int, QByteArray> MentionCompletionModel::roleNames() const
{
    return { { NickRole, "nick" }, { TintRole, "tint" } };
}

} // namespace Natter
