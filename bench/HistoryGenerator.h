#pragma once

#include "Message.h"

#include <QList>
#include <QStringList>

#include <random>

namespace Natter {

// A deterministic, realistic synthetic history: a real vocabulary with a Zipf-like word
// frequency and a long tail of rarer words (names, places, typos), messages from a word to a
// paragraph long, UUID origin-ids and numeric server stanza-ids like a real server's.
class HistoryGenerator
{
public:
    explicit HistoryGenerator(quint64 seed = 4);

    // Chat 0 is the big one (bigChatMessages); the rest share the remainder unevenly.
    void plan(int chats, qint64 totalMessages, qint64 bigChatMessages);
    // The next count messages in time order, with chatId set to 1 + the chat's index.
    QList<Message> next(int count);
    qint64 remaining() const { return m_remaining; }

    const QStringList &vocabulary() const { return m_words; }
    // A word of the given frequency rank (0 is the most common).
    QString word(int rank) const { return m_words.value(rank); }

private:
    QString sentence();
    QString uuid();

    std::mt19937_64 m_rng;
    QStringList m_words;
    std::discrete_distribution<int> m_wordPick;
    std::discrete_distribution<int> m_chatPick;
    QList<qint64> m_chatLeft;
    qint64 m_remaining = 0;
    qint64 m_clock = 0;
    qint64 m_stanzaCounter = 0;
};

} // namespace Natter
