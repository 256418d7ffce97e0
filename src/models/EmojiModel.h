#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// The emoji picker's grid: one tab of emoji (smileys, animals, …, or the recently used ones),
// or, while a search filter is set, every emoji whose name contains all of its words.
// Data comes from resources/emoji/emoji.tsv; the recent list is kept in QSettings.
class EmojiModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QStringList recent READ recent NOTIFY recentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        EmojiRole = Qt::UserRole + 1,
        NameRole, // "grinning face", "flag: Germany"
        CategoryRole, // "smileys", "animals", "food", "activities", "travel", "objects",
                      // "symbols" or "flags"
    };
    Q_ENUM(Role)

    // How many recently used emoji are kept, newest first.
    static constexpr int MaxRecent = 24;

    explicit EmojiModel(QObject *parent = nullptr);

    const QString &filter() const { return m_filter; }
    void setFilter(const QString &filter);
    // "recent" or one of the categories above. Starts at "recent" when something was used.
    const QString &category() const { return m_category; }
    void setCategory(const QString &category);
    // The tabs, in order, each { id, icon, label }; the first is "recent".
    QVariantList categories() const;
    const QStringList &recent() const { return m_recent; }

    // Moves emoji to the front of the recent list and saves it; unknown strings are ignored.
    Q_INVOKABLE void noteUsed(const QString &emoji);
    // The emoji in row, or an empty string; lets QML pick the current cell of a grid.
    Q_INVOKABLE QString emojiAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();
    void categoryChanged();
    void recentChanged();
    void countChanged();

private:
    void refill();

    QString m_filter;
    QString m_category;
    QStringList m_recent;
    QList<int> m_rows; // indexes into the emoji table
};

} // namespace Natter
