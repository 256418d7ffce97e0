#include "AttachmentDraftModel.h"

#include "AccountSession.h"
#include "AppSettings.h"
#include "Attachment.h"
#include "MediaService.h"
#include "ProfilePaths.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QtConcurrent/QtConcurrentRun>

namespace Natter {

namespace {
// Writes a pasted image; runs on a pool thread because a large PNG takes a while to encode.
QString savePng(const QImage &image, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return {};
    const QString stamp
        = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = dir + QStringLiteral("/pasted-") + stamp + QStringLiteral(".png");
    return image.save(path, "PNG") ? path : QString();
}
} // namespace

AttachmentDraftModel::AttachmentDraftModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void AttachmentDraftModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    setCompressImages(defaultCompress());
}

int AttachmentDraftModel::sendableCount() const
{
    return int(std::count_if(
        m_drafts.cbegin(), m_drafts.cend(), [](const Draft &d) { return d.error.isEmpty(); }));
}

void AttachmentDraftModel::setCompressImages(bool compress)
{
    if (m_compress == compress)
        return;
    m_compress = compress;
    Q_EMIT compressImagesChanged();
}

int AttachmentDraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant AttachmentDraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &d = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return d.fileName;
    case UrlRole:
        return d.url;
    case SizeRole:
        return d.size;
    case SizeTextRole:
        return QLocale().formattedDataSize(d.size, 1, QLocale::DataSizeTraditionalFormat);
    case MediaKindRole:
        return QVariant::fromValue(d.kind);
    case PreviewUrlRole:
        return d.previewable ? d.url : QUrl();
    case CaptionRole:
        return d.caption;
    case ErrorRole:
        return d.error;
    default:
        return {};
    }
}

bool AttachmentDraftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != CaptionRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setCaption(index.row(), value.toString());
    return true;
}

Qt::ItemFlags AttachmentDraftModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable; // the caption
}

QHash<int, QByteArray> AttachmentDraftModel::roleNames() const
{
    return {
        { UrlRole, "url" },
        { FileNameRole, "fileName" },
        { SizeRole, "size" },
        { SizeTextRole, "sizeText" },
        { MediaKindRole, "mediaKind" },
        { PreviewUrlRole, "previewUrl" },
        { CaptionRole, "caption" },
        { ErrorRole, "error" },
    };
}

int AttachmentDraftModel::add(const QList<QUrl> &urls)
{
    QList<Draft> added;
    for (const QUrl &url : urls) {
        const bool known = std::any_of(m_drafts.cbegin(), m_drafts.cend(),
                               [&url](const Draft &d) { return d.url == url; })
            || std::any_of(
                added.cbegin(), added.cend(), [&url](const Draft &d) { return d.url == url; });
        if (known)
            continue;
        if (m_drafts.size() + added.size() >= MaxFiles) {
            setNotice(tr("Only %n files can be sent at once; send these first, then add the rest.",
                nullptr, MaxFiles));
            break;
        }
        added.append(describe(url));
    }
    if (added.size() == urls.size())
        setNotice({});
    if (added.isEmpty())
        return 0;
    const int first = int(m_drafts.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_drafts.append(added);
    endInsertRows();
    Q_EMIT countChanged();
    return int(added.size());
}

void AttachmentDraftModel::remove(int row)
{
    if (row < 0 || row >= m_drafts.size())
        return;
    beginRemoveRows({}, row, row);
    m_drafts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void AttachmentDraftModel::setCaption(int row, const QString &caption)
{
    if (row < 0 || row >= m_drafts.size() || m_drafts.at(row).caption == caption)
        return;
    m_drafts[row].caption = caption;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { CaptionRole });
}

void AttachmentDraftModel::clear()
{
    setNotice({});
    setCompressImages(defaultCompress());
    if (m_drafts.isEmpty())
        return;
    beginResetModel();
    m_drafts.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QList<AttachmentDraftModel::Draft> AttachmentDraftModel::takeSendable()
{
    QList<Draft> sendable;
    for (int row = int(m_drafts.size()) - 1; row >= 0; --row) {
        if (!m_drafts.at(row).error.isEmpty())
            continue;
        sendable.prepend(m_drafts.at(row));
        remove(row);
    }
    if (m_drafts.isEmpty())
        clear();
    return sendable;
}

bool AttachmentDraftModel::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return false;
    QList<QUrl> files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url);
    }
    if (!files.isEmpty()) {
        add(files);
        return true;
    }
    // Text next to an image (a spreadsheet's cells) is what the person meant to paste.
    if (!data->hasImage() || data->hasText())
        return false;
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull())
        return false;
    // A watcher rather than then(this, …): its finished signal always arrives on this thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString path = watcher->result();
        if (path.isEmpty())
            setNotice(tr("The pasted image could not be saved. Check that the disk has room."));
        else
            add({ QUrl::fromLocalFile(path) });
        Q_EMIT pasteFinished();
    });
    watcher->setFuture(QtConcurrent::run(savePng, image, outgoingDir()));
    return true;
}

QString AttachmentDraftModel::outgoingDir() const
{
    const QString root = m_session ? m_session->profileDir() : QDir::tempPath();
    return ProfilePaths(root).mediaCache() + QStringLiteral("/outgoing");
}

AttachmentDraftModel::Draft AttachmentDraftModel::describe(const QUrl &url) const
{
    Draft d;
    d.url = url;
    const QFileInfo info(url.toLocalFile());
    d.fileName = url.isLocalFile() ? info.fileName() : url.fileName();
    if (!url.isLocalFile()) {
        d.error = tr("Only files on this computer can be attached.");
        return d;
    }
    if (!info.isFile() || !info.isReadable()) {
        d.error = tr("This file cannot be read. Check that it still exists and you may open it.");
        return d;
    }
    d.size = info.size();
    // By name only: reading content here would block the UI on slow or network disks.
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    Attachment probe;
    probe.mimeType = type.name();
    d.kind = probe.kind();
    d.previewable = d.kind == MediaKind::Image
        && QImageReader::supportedMimeTypes().contains(type.name().toLatin1());
    d.error = refusal(url);
    return d;
}

QString AttachmentDraftModel::refusal(const QUrl &url) const
{
    MediaService *media = m_session ? m_session->media() : nullptr;
    return media ? media->checkFile(url) : QString();
}

void AttachmentDraftModel::setNotice(const QString &text)
{
    if (m_notice != text) {
        m_notice = text;
        Q_EMIT noticeChanged();
    }
}

bool AttachmentDraftModel::defaultCompress() const
{
    return m_session && m_session->appSettings()->sendImagesCompressed();
}

} // namespace Natter
