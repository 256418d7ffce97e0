#include "OutgoingFile.h"

#include "FileNameSanitizer.h"
#include "ForwardedFile.h"
#include "MediaClassifier.h"
#include "OutgoingImage.h"
#include "Thumbnailer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace Natter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::OutgoingFile", text);
}

} // namespace

OutgoingFile OutgoingFile::prepare(const QString &source, const QString &outgoingDir, bool compress)
{
    OutgoingFile out;
    const QFileInfo info(source);
    if (!info.isFile() || !info.isReadable()) {
        out.error = tr("The file cannot be read.");
        return out;
    }
    // Each file gets a folder of its own, so two files of the same name never collide.
    const QString dir = outgoingDir + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(dir)) {
        out.error = tr("There is no room for the file in Natter's media folder.");
        return out;
    }
    const QString detected = MediaClassifier::detectedMimeType(source);
    out.fileName = FileNameSanitizer::sanitizedFileName(info.fileName(), detected);
    QString target = dir + u'/' + out.fileName;
    out.kind = MediaClassifier::displayKind(detected, source);
    if (out.kind == MediaKind::Image) {
        const PreparedImage image = compress ? OutgoingImage::compressed(source, target)
                                             : OutgoingImage::original(source, target);
        if (!image.isValid()) {
            out.error = image.error;
            QDir(dir).removeRecursively();
            return out;
        }
        target = image.path;
        out.fileName = QFileInfo(target).fileName();
        out.pixelSize = image.size;
        out.thumbnail = Thumbnailer::fromFile(target);
    } else if (!QFile::copy(source, target)) {
        out.error = tr("The file could not be copied into Natter's media folder.");
        QDir(dir).removeRecursively();
        return out;
    }
    out.path = target;
    out.mimeType = MediaClassifier::detectedMimeType(target);
    out.size = QFileInfo(target).size();
    out.sha256 = ForwardedFile::sha256(target);
    if (out.sha256.isEmpty()) {
        out.error = tr("The file cannot be read.");
        out.path.clear();
        QDir(dir).removeRecursively();
    }
    return out;
}

} // namespace Natter
