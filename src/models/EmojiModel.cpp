#include "EmojiModel.h"

#include <QFile>
#include <QHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Natter {

namespace {
const auto RecentKey = u"emoji/recent"_s;
const auto Recent = u"recent"_s;

struct Emoji
{
    QString emoji;
    QString name;
    QString category;
};

struct EmojiTable
{
    QList<Emoji> rows;
    QHash<QString, int> byEmoji;
};

// Parsed once per process from the compiled-in resource; lines are "emoji<TAB>name<TAB>category".
const EmojiTable &table()
{
    static const EmojiTable loaded = [] {
        EmojiTable result;
        QFile file(u":/natter/emoji/emoji.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The emoji table is not compiled into this build");
        const QString text = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
            const QList<QStringView> fields = line.split(u'\t');
            if (line.startsWith(u'#') || fields.size() != 3)
                continue;
            result.byEmoji.insert(fields[0].toString(), int(result.rows.size()));
            result.rows.append(
                { fields[0].toString(), fields[1].toString(), fields[2].toString() });
        }
        return result;
    }();
    return loaded;
}

// Every word of the filter must occur in the name, so "red heart" finds "red heart" but not
// "heart with arrow"; an emoji typed into the search finds itself.
bool matches(const Emoji &emoji, const QStringList &words, const QString &filter)
{
    if (emoji.emoji == filter)
        return true;
    for (const QString &word : words) {
        if (!emoji.name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
} // namespace

EmojiModel::EmojiModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (const QString &emoji : QSettings().value(RecentKey).toStringList()) {
        if (table().byEmoji.contains(emoji) && !m_recent.contains(emoji)
            && m_recent.size() < MaxRecent)
            m_recent.append(emoji);
    }
    m_category = m_recent.isEmpty() ? u"smileys"_s : Recent;
    refill();
}

void EmojiModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refill();
    Q_EMIT filterChanged();
}

void EmojiModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    refill();
    Q_EMIT categoryChanged();
}

QVariantList EmojiModel::categories() const
{
    const auto tab = [](const QString &id, const QString &icon, const QString &label) {
        return QVariantMap { { u"id"_s, id }, { u"icon"_s, icon }, { u"label"_s, label } };
    };
    return {
        tab(Recent, u"🕘"_s, tr("Recent")),
        tab(u"smileys"_s, u"😀"_s, tr("Smileys & people")),
        tab(u"animals"_s, u"🐻"_s, tr("Animals & nature")),
        tab(u"food"_s, u"🍔"_s, tr("Food & drink")),
        tab(u"activities"_s, u"⚽"_s, tr("Activities")),
        tab(u"travel"_s, u"🚗"_s, tr("Travel & places")),
        tab(u"objects"_s, u"💡"_s, tr("Objects")),
        tab(u"symbols"_s, u"🔣"_s, tr("Symbols")),
        tab(u"flags"_s, u"🏁"_s, tr("Flags")),
    };
}

void EmojiModel::noteUsed(const QString &emoji)
{
    if (!table().byEmoji.contains(emoji) || m_recent.value(0) == emoji)
        return;
    m_recent.removeAll(emoji);
    m_recent.prepend(emoji);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    QSettings().setValue(RecentKey, m_recent);
    Q_EMIT recentChanged();
    if (m_category == Recent && m_filter.isEmpty())
        refill();
}

QString EmojiModel::emojiAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? table().rows.at(m_rows.at(row)).emoji : QString();
}

int EmojiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EmojiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Emoji &emoji = table().rows.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case EmojiRole:
        return emoji.emoji;
    case Qt::ToolTipRole:
    case NameRole:
        return emoji.name;
    case CategoryRole:
        return emoji.category;
    default:
        return {};
    }
}

QHash<int, QByteArray> EmojiModel::roleNames() const
{
    return { { EmojiRole, "emoji" }, { NameRole, "name" }, { CategoryRole, "category" } };
}

void EmojiModel::refill()
{
    QList<int> rows;
    const EmojiTable &emoji = table();
    const QString filter = m_filter.trimmed();
    if (!filter.isEmpty()) {
        const QStringList words = filter.split(u' ', Qt::SkipEmptyParts);
        for (int i = 0; i < emoji.rows.size(); ++i) {
            if (matches(emoji.rows[i], words, filter))
                rows.append(i);
        }
    } else if (m_category == Recent) {
        for (const QString &used : std::as_const(m_recent))
            rows.append(emoji.byEmoji.value(used));
    } else {
        for (int i = 0; i < emoji.rows.size(); ++i) {
            if (emoji.rows[i].category == m_category)
                rows.append(i);
        }
    }
    // Removing and inserting rather than resetting lets a GridView cancel the delegates it is
    // still creating for the old rows; a reset makes Qt 6.4 warn about them.
    const bool countChanges = rows.size() != m_rows.size();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace Natter
