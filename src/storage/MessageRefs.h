#pragma once

#include <QString>

namespace Natter {

class Connection;

// Temporary stand-in for the lead's MessageRefs (same signature); replaced by main's at merge.
class MessageRefs
{
public:
    static qint64 find(Connection &c, qint64 chatId, const QString &ref);
};

} // namespace Natter
