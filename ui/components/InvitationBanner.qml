pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Invitations to groups, above the chat list: each says who invites and where, with Join and
// Decline. Nothing is joined until the person says so, least of all from a stranger.
ColumnLayout {
    id: banner
    objectName: "invitationBanner"

    required property AccountSession session
    property bool dark: false
    // An invitation being accepted: its outcome opens the group or says why not.
    property bool joining: false
    property string errorText: ""

    signal groupOpened(string peer)

    spacing: 0
    visible: invitations.count > 0 || errorText !== ""

    InvitationModel {
        id: invitations
        objectName: "invitationModel"
        session: banner.session
    }

    Connections {
        target: banner.session.groups
        function onJoinFinished(chatId: int, error: string) {
            if (!banner.joining)
                return
            banner.joining = false
            banner.errorText = error
            if (error === "")
                banner.groupOpened(banner.session.groups.roomOf(chatId))
        }
    }

    Repeater {
        model: invitations
        delegate: Pane {
            id: invitation
            objectName: "invitation"
            required property string room
            required property string text
            required property string reason
            required property bool fromContact
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: invitation.text
            background: Rectangle {
                color: Theme.infoBanner(banner.dark)
            }
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Label {
                    objectName: "invitationText"
                    text: invitation.text
                    textFormat: Text.PlainText // addresses and names are untrusted
                    font.bold: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "invitationReason"
                    visible: invitation.reason !== ""
                    text: invitation.reason
                    textFormat: Text.PlainText // the inviter's own words
                    font.italic: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button {
                        objectName: "declineInvitation"
                        text: qsTr("Decline")
                        flat: true
                        enabled: !banner.joining
                        Accessible.name: qsTr("Decline the invitation to %1").arg(invitation.room)
                        onClicked: invitations.decline(invitation.room)
                    }
                    Button {
                        objectName: "acceptInvitation"
                        text: banner.joining ? qsTr("Joining…") : qsTr("Join")
                        highlighted: true
                        enabled: !banner.joining
                        Accessible.name: qsTr("Join %1").arg(invitation.room)
                        onClicked: {
                            banner.errorText = ""
                            banner.joining = true
                            invitations.accept(invitation.room)
                        }
                    }
                }
            }
        }
    }

    Label {
        objectName: "invitationError"
        visible: banner.errorText !== ""
        text: banner.errorText
        color: Theme.danger
        wrapMode: Text.Wrap
        padding: Theme.spacing / 2
        Layout.fillWidth: true
        TapHandler {
            onTapped: banner.errorText = ""
        }
    }
}
