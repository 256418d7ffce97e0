#include "HistoryGenerator.h"

#include <QSet>
#include <QUuid>

#include <cmath>

namespace Natter {

namespace {

// Common words of everyday chat, most frequent first, then some that carry diacritics.
const char *const commonWords[] = { "the", "i", "you", "to", "a", "and", "it", "is", "that", "of",
    "in", "me", "we", "for", "my", "on", "do", "have", "just", "so", "but", "not", "be", "are",
    "this", "was", "what", "can", "at", "ok", "with", "yes", "no", "if", "will", "get", "all",
    "know", "like", "go", "now", "think", "your", "good", "up", "out", "how", "about", "there",
    "when", "one", "time", "see", "then", "lol", "they", "got", "want", "come", "did", "would",
    "going", "need", "thanks", "too", "today", "tomorrow", "really", "yeah", "right", "back",
    "here", "well", "sure", "work", "still", "day", "later", "home", "tonight", "some", "call",
    "make", "let", "take", "more", "sorry", "sounds", "great", "maybe", "should", "could", "night",
    "morning", "week", "weekend", "love", "nice", "send", "look", "said", "tell", "from", "an",
    "has", "had", "been", "were", "them", "him", "her", "he", "she", "us", "our", "who", "why",
    "where", "which", "because", "meeting", "dinner", "lunch", "coffee", "train", "bus", "car",
    "late", "early", "soon", "after", "before", "next", "last", "first", "again", "never", "always",
    "something", "anything", "nothing", "everything", "people", "friend", "family", "mom", "dad",
    "kids", "school", "office", "project", "deadline", "email", "phone", "message", "photo",
    "picture", "video", "link", "file", "document", "report", "plan", "idea", "problem", "question",
    "answer", "help", "happy", "birthday", "party", "movie", "music", "game", "play", "watch",
    "read", "book", "write", "buy", "pay", "money", "price", "cheap", "expensive", "shop", "store",
    "food", "pizza", "beer", "wine", "water", "rain", "sun", "weather", "cold", "hot", "warm",
    "summer", "winter", "holiday", "trip", "flight", "hotel", "ticket", "airport", "station",
    "city", "street", "house", "room", "kitchen", "garden", "dog", "cat", "walk", "run", "gym",
    "doctor", "sick", "tired", "busy", "free", "ready", "done", "finished", "started", "working",
    "waiting", "coming", "leaving", "arrived", "forgot", "remember", "understand", "agree",
    "exactly", "probably", "definitely", "actually", "honestly", "awesome", "perfect", "cool",
    "fine", "bad", "better", "best", "worse", "big", "small", "long", "short", "new", "old", "fast",
    "slow", "minutes", "hours", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "june", "september", "december", "café", "naïve", "résumé", "Zürich",
    "São", "Paulo", "crème", "brûlée", "fiancée", "jalapeño", "Kraków", "Malmö", "Ålesund",
    "smörgåsbord", "façade", "über" };

const char *const syllables[] = { "ka", "lo", "mir", "an", "te", "vo", "ri", "sen", "dal", "quo",
    "bra", "nel", "os", "ti", "gu", "fer", "zan", "pe", "li", "mor", "es", "ul", "tha", "wy", "cor",
    "xi", "hal", "dre", "mun", "sa" };

const char *const extensions[] = { "jpg", "png", "pdf", "mp4", "docx", "zip", "ogg" };

} // namespace

HistoryGenerator::HistoryGenerator(quint64 seed)
    : m_rng(seed)
{
    for (const char *w : commonWords)
        m_words.append(QString::fromUtf8(w));
    // The long tail: made-up names and places, so rare words are really rare.
    std::uniform_int_distribution<int> syllable(0, int(std::size(syllables)) - 1);
    std::uniform_int_distribution<int> length(2, 4);
    QSet<QString> seen(m_words.cbegin(), m_words.cend());
    while (m_words.size() < 30000) {
        QString w;
        for (int i = length(m_rng); i > 0; --i)
            w += QString::fromLatin1(syllables[syllable(m_rng)]);
        if (!seen.contains(w)) {
            seen.insert(w);
            m_words.append(w);
        }
    }
    QList<double> weights;
    for (int rank = 0; rank < m_words.size(); ++rank)
        weights.append(1.0 / std::pow(rank + 2.7, 1.07));
    m_wordPick = std::discrete_distribution<int>(weights.cbegin(), weights.cend());
}

void HistoryGenerator::plan(int chats, qint64 totalMessages, qint64 bigChatMessages)
{
    m_chatLeft = { bigChatMessages };
    QList<double> share;
    double sum = 0;
    for (int i = 1; i < chats; ++i) {
        share.append(1.0 / std::pow(i, 0.8)); // a few busy chats, many quiet ones
        sum += share.last();
    }
    qint64 assigned = bigChatMessages;
    for (int i = 1; i < chats; ++i) {
        const qint64 n
            = std::max<qint64>(1, qint64((totalMessages - bigChatMessages) * share[i - 1] / sum));
        m_chatLeft.append(n);
        assigned += n;
    }
    m_chatLeft[1] += totalMessages - assigned; // rounding goes to the busiest small chat
    m_remaining = totalMessages;
    QList<double> left(m_chatLeft.cbegin(), m_chatLeft.cend());
    m_chatPick = std::discrete_distribution<int>(left.cbegin(), left.cend());
    m_clock = 1'650'000'000'000; // spring 2022
}

QList<Message> HistoryGenerator::next(int count)
{
    QList<Message> batch;
    std::uniform_int_distribution<int> percent(0, 99);
    std::exponential_distribution<double> gap(1.0 / 60'000); // about a minute apart on average
    while (count-- > 0 && m_remaining > 0) {
        int chat = m_chatPick(m_rng);
        while (m_chatLeft[chat] == 0)
            chat = (chat + 1) % int(m_chatLeft.size());
        --m_chatLeft[chat];
        --m_remaining;
        Message m;
        m.chatId = chat + 1;
        m_clock += 1 + qint64(gap(m_rng));
        m.timestamp = m_clock;
        m.direction = percent(m_rng) < 50 ? Direction::Incoming : Direction::Outgoing;
        m.deliveryState
            = m.direction == Direction::Outgoing ? DeliveryState::Read : DeliveryState::Delivered;
        m.read = m_remaining > 3000 || percent(m_rng) < 70;
        m.body = sentence();
        m.originId = uuid();
        m.messageId = percent(m_rng) < 85 ? m.originId : QString::number(m_rng() % 100000);
        // Like ejabberd: a microsecond timestamp, 16 digits.
        m.stanzaId = QString::number(m_clock * 1000 + (++m_stanzaCounter % 1000));
        if (percent(m_rng) < 2) {
            const QString name = word(m_wordPick(m_rng)) + u'_' + word(m_wordPick(m_rng)) + u'.'
                + QString::fromLatin1(extensions[m_rng() % std::size(extensions)]);
            Attachment file;
            file.fileName = name;
            file.size = qint64(m_rng() % 5'000'000);
            m.attachments.append(file);
        }
        batch.append(std::move(m));
    }
    return batch;
}

QString HistoryGenerator::sentence()
{
    const int kind = int(m_rng() % 100);
    const int words = kind < 30 ? 1 + int(m_rng() % 4)
        : kind < 85             ? 5 + int(m_rng() % 11)
                                : 16 + int(m_rng() % 40);
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i)
            text += (m_rng() % 12 == 0) ? QStringLiteral(", ") : QStringLiteral(" ");
        QString w = m_words[m_wordPick(m_rng)];
        if (i == 0 && !w.isEmpty())
            w[0] = w[0].toUpper();
        text += w;
    }
    static const QString endings[] = { QStringLiteral("."), QStringLiteral("?"),
        QStringLiteral("!"), QStringLiteral(""), QStringLiteral(" :)"), QStringLiteral("...") };
    return text + endings[m_rng() % std::size(endings)];
}

QString HistoryGenerator::uuid()
{
    const quint64 a = m_rng(), b = m_rng();
    QByteArray bytes(16, Qt::Uninitialized);
    memcpy(bytes.data(), &a, 8);
    memcpy(bytes.data() + 8, &b, 8);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace Natter
