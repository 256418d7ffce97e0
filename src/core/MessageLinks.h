#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QUrl;

// Links in message text: finding them for MessageMarkup and judging whether one may open
// without asking. Only http, https, xmpp and mailto ever become links.
namespace Natter::MessageLinks {

struct Link
{
    qsizetype start = 0; // first character of the link in the text searched
    qsizetype end = 0; // one past its last character
    QString href; // the target, fully percent-encoded (IDN hosts in ACE form)
};

// Links in one line of plain text, in order and without overlaps. Trailing sentence
// punctuation and unbalanced closing brackets are left out: "(see https://a.example/x)." links
// https://a.example/x.
QList<Link> find(QStringView text);

// The targets of every link in a message's text, line by line, in order and each once: what a
// keyboard can open from the message's menu.
QStringList targets(QStringView text);

// Whether url's scheme is one a message may link to.
bool isAllowed(const QUrl &url);

// True when shownText and href differ in a way that could deceive: another host (compared in
// ACE form, so a Cyrillic "аpple.com" differs from "apple.com"), a look-alike host (see
// HostSpoofCheck: mixed scripts, or all-Cyrillic "аррӏе.com"), user info
// ("https://bank.example@evil.example"), an elided text, a text that is no address at all, or a
// scheme that is not allowed.
bool needsConfirmation(const QString &shownText, const QString &href);

} // namespace Natter::MessageLinks
