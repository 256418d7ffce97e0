#pragma once

#include "SystemEvent.h"

#include <QCoreApplication>

namespace Natter {

// A group timeline's system line in words, in the reader's language, made when it is shown.
// Names stay plain text: the view never reads them as markup.
class SystemLineText
{
    Q_DECLARE_TR_FUNCTIONS(SystemLineText)

public:
    // A new subject or name is cut to this many characters in the line; the header shows it all.
    static constexpr int MaxValueLength = 120;

    static QString sentence(const SystemEvent &event);

private:
    static QString presence(const SystemEvent &event);
    static QString membership(const SystemEvent &event);
};

} // namespace Natter
