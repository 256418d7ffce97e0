#include "ForwardedFile.h"

#include "MediaLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>

namespace Natter::ForwardedFile {

QByteArray sha256(const QString &path, qint64 size)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || (size >= 0 && file.size() != size)
        || !hash.addData(&file))
        return {};
    return hash.result();
}

Copy check(const Attachment &a)
{
    if (a.localPath.isEmpty() || !QFileInfo(a.localPath).isFile())
        return Copy::Absent;
    if (a.sha256.isEmpty())
        return Copy::Unchanged; // nothing to check against: the receiver sees what is there
    return sha256(a.localPath, a.size > 0 ? a.size : -1) == a.sha256 ? Copy::Unchanged
                                                                     : Copy::Changed;
}

QString share(const QString &path, const QString &outgoingDir)
{
    const QString dir = outgoingDir + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(dir))
        return {};
    const QString target = dir + u'/' + QFileInfo(path).fileName();
    std::error_code error;
    std::filesystem::create_hard_link(
        QFile(path).filesystemFileName(), QFile(target).filesystemFileName(), error);
    if (!error || QFile::copy(path, target))
        return target;
    qCInfo(lcMedia) << "a forwarded file could not be linked or copied";
    QDir(dir).removeRecursively();
    return {};
}

} // namespace Natter::ForwardedFile
