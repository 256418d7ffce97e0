#pragma once

#include <QObject>

// Enums that cross layers and reach QML. One Q_NAMESPACE per namespace, so they all live here.
namespace Natter {
Q_NAMESPACE

// What the account's single connection is doing, as the UI shows it.
enum class ConnectionState {
    Offline, // not connected; see the session's error text for why
    Connecting, // TCP, TLS and authentication in progress
    Connected, // bound and ready
    Retrying, // lost; waiting for the next attempt
};
Q_ENUM_NS(ConnectionState)

// The life of a message we send. Values are stored on disk; never renumber them.
enum class DeliveryState {
    Pending = 0, // stored in the outbox, not yet acknowledged by the server
    Sent = 1, // acknowledged by the server (stream management)
    Delivered = 2, // the peer's client sent a receipt (XEP-0184)
    Read = 3, // the peer displayed it (XEP-0333)
    Failed = 4, // an error came back; the reason is stored with it
};
Q_ENUM_NS(DeliveryState)

// XEP-0085: what the other side is doing in a chat.
enum class ChatState {
    None, // no chat state known
    Active, // paying attention to the chat
    Composing, // typing
    Paused, // stopped typing a while ago
    Inactive, // not looking at the chat
    Gone, // left the conversation
};
Q_ENUM_NS(ChatState)

// Where a file is on its way between this machine and the upload service. Values are stored
// on disk; never renumber them.
enum class TransferState {
    Remote = 0, // only the link and the metadata are here: the file downloads on demand
    Downloading = 1,
    DownloadFailed = 2, // errorText says why; a click tries again
    Uploading = 3, // ours, on this machine, not uploaded yet (after a restart: to upload again)
    UploadFailed = 4, // errorText says why; the message waits for a retry
    Ready = 5, // the file is on this machine (and, for ours, uploaded)
};
Q_ENUM_NS(TransferState)

// How a file is shown in the timeline.
enum class MediaKind { Image, Video, Audio, Document };
Q_ENUM_NS(MediaKind)

} // namespace Natter
