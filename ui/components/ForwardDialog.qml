pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "Forward…": search the chats and contacts, tick up to five, and send. The message goes to each
// as a new message of ours marked "Forwarded"; a file goes on without being uploaded again.
Dialog {
    id: dialog
    objectName: "forwardDialog"

    property AccountSession session: null
    // The messages to forward, oldest first: one from its menu, or several chosen together.
    property var messageIds: []

    // Every copy is in the outbox: the list says so for a moment.
    signal forwarded(int chats)

    function ask(id) {
        askMany([id])
    }
    function askMany(ids) {
        messageIds = ids
        targets.clear()
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    title: messageIds.length > 1 ? qsTr("Forward %n messages", "", messageIds.length) : qsTr("Forward message")
    modal: true
    width: Math.min(420, parent ? parent.width - 40 : 420)
    height: Math.min(560, parent ? parent.height - 40 : 560)
    onOpened: {
        search.text = ""
        search.forceActiveFocus()
    }

    ForwardTargets {
        id: targets
        // Only while open: a closed dialog holds no rows at all.
        session: dialog.visible ? dialog.session : null
        filter: search.text.trim()
        onSent: chats => {
            dialog.close()
            dialog.forwarded(chats)
        }
    }

    // Ctrl+Enter sends from anywhere in the dialog, as it does in the composer's field.
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.visible && sendButton.enabled
        onActivated: sendButton.clicked()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        TextField {
            id: search
            objectName: "forwardSearch"
            placeholderText: qsTr("Search chats and contacts")
            Accessible.name: qsTr("Search chats and contacts")
            selectByMouse: true
            Layout.fillWidth: true
            Keys.onDownPressed: list.forceActiveFocus()
            // Enter picks the only match, so "ali" Enter Ctrl+Enter forwards to Alice.
            onAccepted: if (targets.count === 1) targets.toggle(0)
        }

        ListView {
            id: list
            objectName: "forwardTargets"
            clip: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats and contacts")
            // One Tab stop: the arrows move, Space or Enter ticks.
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Keys.onSpacePressed: targets.toggle(currentIndex)
            Keys.onReturnPressed: targets.toggle(currentIndex)
            Keys.onEnterPressed: targets.toggle(currentIndex)
            Keys.onUpPressed: event => {
                if (currentIndex <= 0)
                    search.forceActiveFocus()
                else
                    event.accepted = false
            }
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: targets
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string peer
                required property string name
                required property string initials
                required property color color
                required property url avatar
                required property bool isGroup
                required property bool picked
                required property string kindText
                objectName: "forwardTarget"
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                focusPolicy: Qt.NoFocus
                onClicked: {
                    list.currentIndex = index
                    targets.toggle(index)
                }
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: picked
                Accessible.name: row.name + ", " + row.kindText
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ContactAvatar {
                        source: row.avatar
                        initials: row.initials
                        tint: row.color
                        group: row.isGroup
                        implicitWidth: 36
                        implicitHeight: 36
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: row.name
                            textFormat: Text.PlainText // names are untrusted
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.kindText
                            color: row.palette.placeholderText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    CheckBox {
                        objectName: "forwardTargetCheck"
                        checked: row.picked
                        focusPolicy: Qt.NoFocus
                        // The row is the control: a click here acts as one on the row.
                        onClicked: {
                            checked = Qt.binding(() => row.picked)
                            row.clicked()
                        }
                        Accessible.ignored: true
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: search.text === "" ? qsTr("No chats yet") : qsTr("No chat or contact matches")
                color: palette.placeholderText
            }
        }

        Label {
            objectName: "forwardError"
            visible: targets.errorText !== ""
            text: targets.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "forwardPicked"
                text: targets.pickedCount === 0 ? qsTr("Choose up to %1 chats").arg(targets.maxPicks) : qsTr("To: %1").arg(targets.pickedNames.join(", "))
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: targets.pickedCount === 0 ? palette.placeholderText : palette.windowText
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1/%2").arg(targets.pickedCount).arg(targets.maxPicks)
                color: palette.placeholderText
                Accessible.name: qsTr("%1 of %2 chats chosen").arg(targets.pickedCount).arg(targets.maxPicks)
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "forwardCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            id: sendButton
            objectName: "forwardSend"
            text: qsTr("Forward")
            highlighted: true
            enabled: targets.pickedCount > 0 && !targets.busy
            Accessible.name: targets.pickedCount === 1 ? qsTr("Forward to 1 chat") : qsTr("Forward to %1 chats").arg(targets.pickedCount)
            onClicked: targets.sendAll(dialog.messageIds)
        }
    }
}
