pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One group: its picture, name and description (editable by those allowed), the participants
// with what each is in the group, and what we may do: add, remove, ban, make admin, leave, and
// for owners delete the group. Every refusal from the room shows here, in words.
Page {
    id: page
    objectName: "groupInfoPage"

    required property AccountSession session
    required property string peer
    readonly property bool dark: Material.theme === Material.Dark
    property string actionError: ""

    // An action on the name or the description ended; the line that asked shows the outcome.
    signal lineFinished(string action, string error)

    GroupDetails {
        id: details
        service: page.session.groups
        peer: page.peer
    }
    ParticipantModel {
        id: participants
        objectName: "participantModel"
        session: page.session
        peer: page.peer
        onActionFinished: (action, error) => page.finished(action, error)
    }

    function finished(action: string, error: string) {
        if (action === "rename" || action === "subject") {
            lineFinished(action, error)
        } else {
            actionError = error
            if (action === "delete" && error === "")
                page.StackView.view.pop()
        }
    }
    function request(action: string, row: int, nick: string) {
        actionError = ""
        if (action === "remove" || action === "ban")
            confirmDialog.ask(action, row, nick)
        else if (action === "makeAdmin")
            participants.makeAdmin(row)
        else if (action === "dismissAdmin")
            participants.dismissAdmin(row)
    }

    header: ToolBar {
        Material.foreground: "white"
        // The app's bar colour, as the conversation's header has it, in either theme.
        background: Rectangle {
            color: Theme.accent
        }
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "groupInfoBackButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.StackView.view.pop()
                Accessible.name: qsTr("Back")
            }
            Label {
                text: qsTr("Group info")
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        ContactAvatar {
            objectName: "groupInfoAvatar"
            source: participants.avatar
            initials: details.initials
            tint: details.color
            group: true
            implicitWidth: 120
            implicitHeight: 120
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
        }
        Button {
            objectName: "changePictureButton"
            visible: participants.canSetPicture
            text: qsTr("Change picture")
            flat: true
            enabled: !participants.busy
            Layout.alignment: Qt.AlignHCenter
            onClicked: pictureDialog.open()
        }
        EditableLine {
            objectName: "groupNameLine"
            action: "rename"
            text: details.name
            label: qsTr("Group name")
            editable: participants.canRename
            busy: participants.busy
            pixelSize: 22
            bold: true
            maximumLength: 100 // GroupService::MaxNameLength
            Layout.fillWidth: true
            finishedBy: page
            onSaveRequested: text => participants.rename(text)
        }
        EditableLine {
            objectName: "groupSubjectLine"
            action: "subject"
            text: details.subject
            placeholder: participants.canSetSubject ? qsTr("Add a group description") : ""
            label: qsTr("Group description")
            editable: participants.canSetSubject
            busy: participants.busy
            secondary: true
            maximumLength: 1024 // GroupService::MaxSubjectLength
            Layout.fillWidth: true
            finishedBy: page
            onSaveRequested: text => participants.setSubject(text)
        }
        Label {
            objectName: "groupInfoState"
            visible: details.readOnly
            text: details.stateText
            color: Theme.danger
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Label {
                objectName: "participantCount"
                text: qsTr("%n participants", "", participants.count)
                font.bold: true
                color: Theme.secondaryText(page.dark)
                Layout.fillWidth: true
            }
            Button {
                objectName: "addParticipantsButton"
                visible: participants.canAdd && !details.readOnly
                text: qsTr("Add participants")
                flat: true
                onClicked: addDialog.open()
            }
        }
        Label {
            objectName: "groupActionError"
            visible: page.actionError !== ""
            text: page.actionError
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Virtualised: only the rows in view exist, so a channel of thousands stays light. The
        // group's details stay above it (a ListView header is not ready in time in Qt 6.4 when
        // the page is pushed).
        ListView {
            id: list
            objectName: "participantList"
            clip: true
            model: participants
            keyNavigationEnabled: true
            activeFocusOnTab: count > 0
            Accessible.name: qsTr("Participants")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            ScrollBar.vertical: ScrollBar {}
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            // Enter or the menu key on a row opens what may be done to that person.
            Keys.onReturnPressed: if (currentItem) currentItem.clicked()
            Keys.onMenuPressed: if (currentItem) currentItem.clicked()
            delegate: ParticipantDelegate {
                dark: page.dark
                highlighted: ListView.isCurrentItem && list.activeFocus
                onActionRequested: (action, row, nick) => page.request(action, row, nick)
            }
        }
        Button {
            objectName: "leaveGroupButton"
            visible: details.isGroup && !details.readOnly
            text: qsTr("Leave group")
            flat: true
            Material.foreground: Theme.danger
            Layout.topMargin: Theme.spacing
            onClicked: leaveDialog.open()
        }
        Button {
            objectName: "deleteGroupButton"
            visible: participants.canDestroy && !details.readOnly
            text: qsTr("Delete group")
            flat: true
            enabled: !participants.busy
            Material.foreground: Theme.danger
            onClicked: deleteDialog.open()
        }
    }

    PictureFileDialog {
        id: pictureDialog
        onAccepted: participants.setPicture(selectedFile)
    }

    AddParticipantDialog {
        id: addDialog
        session: page.session
        onAddRequested: jid => participants.addMember(jid)
    }

    Dialog {
        id: confirmDialog
        objectName: "participantConfirmDialog"
        property string action: ""
        property int row: -1
        property string nick: ""
        function ask(what: string, at: int, who: string) {
            action = what
            row = at
            nick = who
            open()
        }
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(420, page.width - 40)
        title: action === "ban" ? qsTr("Ban %1?").arg(nick) : qsTr("Remove %1?").arg(nick)
        standardButtons: Dialog.Cancel | Dialog.Ok
        // Not undone from here: Enter alone must not do it.
        onOpened: {
            standardButton(Dialog.Ok).text = action === "ban" ? qsTr("Ban") : qsTr("Remove")
            standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        }
        Label {
            text: confirmDialog.action === "ban"
                  ? qsTr("%1 will be removed from %2 and cannot join it again.").arg(confirmDialog.nick).arg(details.name)
                  : qsTr("%1 will be removed from %2.").arg(confirmDialog.nick).arg(details.name)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            width: confirmDialog.availableWidth
        }
        onAccepted: action === "ban" ? participants.ban(row) : participants.remove(row)
    }

    Dialog {
        id: leaveDialog
        objectName: "leaveGroupDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(420, page.width - 40)
        title: qsTr("Leave %1?").arg(details.name)
        standardButtons: Dialog.Cancel | Dialog.Ok
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Leave")
        Label {
            text: qsTr("You will no longer receive this group's messages. Its history stays on this computer.")
            wrapMode: Text.Wrap
            width: leaveDialog.availableWidth
        }
        onAccepted: {
            details.leave()
            page.StackView.view.pop()
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteGroupDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(420, page.width - 40)
        title: qsTr("Delete %1?").arg(details.name)
        standardButtons: Dialog.Cancel | Dialog.Ok
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Delete group")
        Label {
            text: qsTr("%1 ends for everyone in it. Nobody can write there again. This cannot be undone.").arg(details.name)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            width: deleteDialog.availableWidth
        }
        onAccepted: participants.deleteGroup()
    }
}
