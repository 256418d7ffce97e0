#include "Mention.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Natter::Mentions {

namespace {

// The UTF-16 index where each code point starts, plus the body's length at the end.
QList<qsizetype> codePointStarts(const QString &body)
{
    QList<qsizetype> starts;
    starts.reserve(body.size() + 1);
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!(body[i].isLowSurrogate() && i > 0 && body[i - 1].isHighSurrogate()))
            starts.append(i);
    }
    starts.append(body.size());
    return starts;
}

bool splitsPair(const QString &body, qsizetype at)
{
    return at > 0 && at < body.size() && body[at].isLowSurrogate()
        && body[at - 1].isHighSurrogate();
}

bool overlapsAny(const QList<Mention> &taken, const Mention &m)
{
    return std::any_of(taken.begin(), taken.end(),
        [&m](const Mention &t) { return m.begin < t.end && t.begin < m.end; });
}

// Adds m when it is a sound range of body that no mention taken yet overlaps.
void take(QList<Mention> &taken, const QString &body, const Mention &m)
{
    if (taken.size() >= MaxPerMessage || m.begin < 0 || m.end <= m.begin || m.end > body.size()
        || splitsPair(body, m.begin) || splitsPair(body, m.end) || m.uri.size() > MaxUriLength
        || overlapsAny(taken, m))
        return;
    taken.append(m);
}

void sortByBegin(QList<Mention> &mentions)
{
    std::sort(mentions.begin(), mentions.end(),
        [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

} // namespace

QList<Mention> fromCodePoints(const QString &body, const QList<Mention> &references)
{
    const QList<qsizetype> starts = codePointStarts(body);
    const qsizetype count = starts.size() - 1;
    QList<Mention> out;
    for (qsizetype i = 0; i < references.size() && i < MaxPerMessage; ++i) {
        const Mention &ref = references[i];
        if (ref.begin < 0 || ref.end <= ref.begin || ref.end > count)
            continue;
        Mention m = ref;
        m.begin = starts[ref.begin];
        m.end = starts[ref.end];
        take(out, body, m);
    }
    sortByBegin(out);
    return out;
}

QList<Mention> toCodePoints(const QString &body, const QList<Mention> &mentions)
{
    QList<Mention> out;
    for (Mention m : mentions) {
        if (m.begin < 0 || m.end > body.size() || m.end <= m.begin)
            continue;
        const QStringView text(body);
        const auto points
            = [&text](qsizetype upTo) { return qsizetype(text.first(upTo).toUcs4().size()); };
        m.begin = points(m.begin);
        m.end = points(m.end);
        out.append(m);
    }
    return out;
}

bool isWholeWord(QStringView body, qsizetype begin, qsizetype end)
{
    if (begin > 0 && isWordCharacter(body[begin - 1]))
        return false;
    return end >= body.size() || !isWordCharacter(body[end]);
}

QList<Mention> typed(const QString &body, const QStringList &nicks, const QString &room)
{
    QStringList byLength = nicks;
    byLength.removeAll(QString());
    std::sort(byLength.begin(), byLength.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<Mention> out;
    for (qsizetype at = body.indexOf(u'@'); at >= 0 && out.size() < MaxPerMessage;
         at = body.indexOf(u'@', at + 1)) {
        // An address such as juliet@example.org is no mention.
        if (at > 0 && isWordCharacter(body[at - 1]))
            continue;
        for (const QString &nick : std::as_const(byLength)) {
            const qsizetype end = at + 1 + nick.size();
            if (QStringView(body).sliced(at + 1).startsWith(nick)
                && isWholeWord(body, at + 1, end)) {
                take(out, body,
                    Mention { at + 1, end, QStringLiteral("xmpp:") + room + u'/' + nick });
                break;
            }
        }
    }
    return out;
}

void markOurs(QList<Mention> &mentions, const QString &body, const QString &room,
    const QString &nick, const QString &ownJid)
{
    const QString occupantUri = QStringLiteral("xmpp:") + room + u'/' + nick;
    const QString jidUri = QStringLiteral("xmpp:") + ownJid;
    for (Mention &m : mentions) {
        m.ours = (!nick.isEmpty() && m.uri == occupantUri)
            || (!ownJid.isEmpty() && m.uri.compare(jidUri, Qt::CaseInsensitive) == 0);
    }
    if (nick.isEmpty())
        return;
    for (qsizetype at = body.indexOf(nick, 0, Qt::CaseInsensitive);
         at >= 0 && mentions.size() < MaxPerMessage;
         at = body.indexOf(nick, at + 1, Qt::CaseInsensitive)) {
        const Mention plain { at, at + nick.size(), {}, true };
        if (isWholeWord(body, plain.begin, plain.end))
            take(mentions, body, plain);
    }
    sortByBegin(mentions);
}

bool mentionsUs(const QList<Mention> &mentions)
{
    return std::any_of(mentions.begin(), mentions.end(), [](const Mention &m) { return m.ours; });
}

QString encode(const QList<Mention> &mentions)
{
    if (mentions.isEmpty())
        return {};
    QJsonArray array;
    for (const Mention &m : mentions) {
        QJsonObject o { { QStringLiteral("b"), qint64(m.begin) },
            { QStringLiteral("e"), qint64(m.end) } };
        if (!m.uri.isEmpty())
            o.insert(QStringLiteral("u"), m.uri);
        if (m.ours)
            o.insert(QStringLiteral("o"), true);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Mention> decode(const QString &stored, const QString &body)
{
    QList<Mention> out;
    if (stored.isEmpty())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        take(out, body,
            Mention { qsizetype(o.value(QStringLiteral("b")).toInteger(-1)),
                qsizetype(o.value(QStringLiteral("e")).toInteger(-1)),
                o.value(QStringLiteral("u")).toString(), o.value(QStringLiteral("o")).toBool() });
    }
    sortByBegin(out);
    return out;
}

} // namespace Natter::Mentions
