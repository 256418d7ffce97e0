#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// Formatting for QML, stateless: message bodies as rich text and times as the chat list and
// the conversation word them. Times are milliseconds since the epoch, shown in local time.
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The installed colour emoji font, for items that show only emoji (the picker's grid);
    // empty when there is none. Mixed text gets it per run through MessageMarkup::toHtml.
    Q_PROPERTY(QString emojiFontFamily READ emojiFontFamily CONSTANT)
    // The application's text family alone, without the colour emoji font behind it: for symbols
    // such as ▶ and ⏸ on buttons, which the emoji font would otherwise draw as coloured tiles.
    Q_PROPERTY(QString textFontFamily READ textFontFamily CONSTANT)

public:
    explicit Format(QObject *parent = nullptr);

    static QString emojiFontFamily();
    static QString textFontFamily();

    // ChatTime::listTime against the current time; empty for 0 (no message yet).
    Q_INVOKABLE QString chatTime(qint64 ms) const;
    // ChatTime::daySeparator against the current time; empty for 0.
    Q_INVOKABLE QString daySeparator(qint64 ms) const;
    // MessageMarkup::linkText: what a link to href reads as in body's bubble.
    Q_INVOKABLE QString linkText(const QString &body, const QString &href) const;
    // MessageMarkup::linkNeedsConfirmation: ask before opening href shown as shownText.
    Q_INVOKABLE bool linkNeedsConfirmation(const QString &shownText, const QString &href) const;
    // A key press that types something (a letter, an emoji), not a control key like Backspace.
    Q_INVOKABLE bool isTypedText(const QString &text) const;
};

} // namespace Natter
