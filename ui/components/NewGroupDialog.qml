pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "New group": a name, an optional picture and the people in it, picked from the contacts or
// typed as addresses. The picture is checked before the group is made, and set right after.
Dialog {
    id: dialog
    objectName: "newGroupDialog"

    required property AccountSession session
    // Bare JIDs of the people chosen, in the order they were added.
    property var members: []
    // The image file chosen as the group's picture; empty for none.
    property url picture
    property bool busy: false
    property string errorText: ""

    signal created(string peer)

    function toggle(jid: string) {
        members = members.indexOf(jid) < 0 ? members.concat([jid]) : members.filter(m => m !== jid)
    }
    function create() {
        errorText = ""
        busy = true
        session.groups.createGroup(groupName.text, members, picture)
    }

    title: qsTr("New group")
    modal: true
    width: Math.min(440, parent ? parent.width - 40 : 440)
    height: Math.min(600, parent ? parent.height - 40 : 600)
    closePolicy: busy ? Popup.NoAutoClose : Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: {
        groupName.text = ""
        memberField.text = ""
        members = []
        picture = ""
        errorText = ""
        groupName.forceActiveFocus()
    }

    Connections {
        target: dialog.session.groups
        function onCreateFinished(chatId: int, error: string) {
            if (!dialog.busy)
                return
            dialog.busy = false
            dialog.errorText = error
            if (error === "")
                dialog.finish(chatId)
        }
    }
    function finish(chatId: int) {
        created(session.groups.roomOf(chatId))
        close()
    }

    AddressInput {
        id: parsed
        session: dialog.session
        text: memberField.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2
        enabled: !dialog.busy

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            // The picture, round as it will show; a click chooses (or changes) it.
            AbstractButton {
                id: pictureButton
                objectName: "newGroupPicture"
                implicitWidth: 56
                implicitHeight: 56
                Accessible.name: dialog.picture.toString() === "" ? qsTr("Add a group picture")
                                                                  : qsTr("Change the group picture")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: pictureDialog.open()
                contentItem: ContactAvatar {
                    objectName: "newGroupPictureAvatar"
                    source: dialog.picture
                    initials: "+"
                    tint: Theme.accent
                    group: true
                }
            }
            TextField {
                id: groupName
                objectName: "newGroupName"
                placeholderText: qsTr("Group name")
                Accessible.name: qsTr("Group name")
                maximumLength: 100 // GroupService::MaxNameLength
                selectByMouse: true
                Layout.fillWidth: true
                Keys.onDownPressed: memberField.forceActiveFocus()
                onAccepted: if (createButton.enabled) dialog.create()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: memberField
                objectName: "newGroupMemberField"
                placeholderText: qsTr("Add people: name or address")
                Accessible.name: qsTr("Name or address of someone to add")
                selectByMouse: true
                Layout.fillWidth: true
                Keys.onDownPressed: contacts.forceActiveFocus()
                onAccepted: if (parsed.valid) addButton.clicked()
            }
            Button {
                id: addButton
                objectName: "newGroupAddMember"
                text: qsTr("Add")
                Accessible.name: qsTr("Add %1").arg(parsed.jid)
                enabled: parsed.valid && dialog.members.indexOf(parsed.jid) < 0
                onClicked: {
                    dialog.toggle(parsed.jid)
                    memberField.text = ""
                }
            }
        }
        // The people chosen so far; a click takes one out again.
        Flow {
            objectName: "newGroupMembers"
            visible: dialog.members.length > 0
            spacing: 4
            Layout.fillWidth: true
            Repeater {
                model: dialog.members
                delegate: Button {
                    required property string modelData
                    text: modelData + "  ×"
                    flat: true
                    font.pixelSize: 12
                    Accessible.name: qsTr("Remove %1").arg(modelData)
                    onClicked: dialog.toggle(modelData)
                }
            }
        }
        ListView {
            id: contacts
            objectName: "newGroupContacts"
            clip: true
            Accessible.name: qsTr("Contacts to add")
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Keys.onSpacePressed: dialog.toggle(currentItem.jid)
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Only while open: a closed dialog holds no rows at all.
            model: ContactListModel {
                service: dialog.visible ? dialog.session.contacts : null
                filter: memberField.text.trim()
            }
            delegate: CheckDelegate {
                id: contact
                objectName: "newGroupContact"
                required property string jid
                required property string name
                required property string initials
                required property color color
                required property url avatar
                width: ListView.view.width
                // A text puts the check box on the right; the content item shows it.
                text: contact.name
                highlighted: ListView.isCurrentItem && contacts.activeFocus
                // Not checkable by itself: the check mark follows members, however it changes.
                checkable: false
                checked: dialog.members.indexOf(jid) >= 0
                onClicked: dialog.toggle(jid)
                Accessible.name: contact.name + ", " + contact.jid
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ContactAvatar {
                        source: contact.avatar
                        initials: contact.initials
                        tint: contact.color
                        implicitWidth: 36
                        implicitHeight: 36
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: contact.name
                            textFormat: Text.PlainText // a contact's own name is untrusted
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: contact.jid
                            textFormat: Text.PlainText
                            color: contact.palette.placeholderText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        RowLayout {
            visible: dialog.busy
            Layout.fillWidth: true
            BusyIndicator {
                objectName: "newGroupBusy"
                running: dialog.busy
                implicitWidth: 32
                implicitHeight: 32
            }
            Label {
                text: qsTr("Creating the group…")
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "newGroupError"
            visible: dialog.errorText !== ""
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    PictureFileDialog {
        id: pictureDialog
        onAccepted: dialog.picture = selectedFile
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            enabled: !dialog.busy
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            id: createButton
            objectName: "newGroupCreate"
            text: qsTr("Create")
            enabled: groupName.text.trim() !== "" && !dialog.busy
            highlighted: true
            onClicked: dialog.create()
        }
    }
}
