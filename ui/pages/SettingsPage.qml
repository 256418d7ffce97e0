pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The person's settings for this profile: account, privacy, notifications, media and appearance.
Page {
    id: page
    objectName: "settingsPage"

    required property AccountSession session
    readonly property ContactService contacts: session.contacts
    readonly property AppSettings settings: session.appSettings

    component SectionHeading: Label {
        font.bold: true
        color: Theme.accent
        topPadding: Theme.spacing
        Layout.fillWidth: true
    }

    component SettingSwitch: SwitchDelegate {
        // A delegate takes no focus by default; here it is a control and Tab must reach it.
        focusPolicy: Qt.StrongFocus
        leftPadding: 0
        rightPadding: 0
        Layout.fillWidth: true
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "settingsBackButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.StackView.view.pop()
                Accessible.name: qsTr("Back")
            }
            Label {
                text: qsTr("Settings")
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    ContactDetails {
        id: me
        service: page.contacts
        jid: page.session.jid
    }

    // Tab into a control below the fold scrolls the page to it.
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { FocusScroll.reveal(scroll.contentItem, page.Window.activeFocusItem) }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacing, 560)
            x: (scroll.availableWidth - width) / 2
            spacing: 4

            SectionHeading {
                text: qsTr("Account")
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                ContactAvatar {
                    objectName: "ownAvatar"
                    source: page.contacts.ownAvatarPath !== "" ? "file://" + page.contacts.ownAvatarPath : ""
                    initials: me.initials
                    tint: me.color
                    implicitWidth: 64
                    implicitHeight: 64
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    TextField {
                        id: nameField
                        objectName: "profileNameField"
                        text: page.settings.profileName
                        placeholderText: qsTr("Your name")
                        selectByMouse: true
                        Layout.fillWidth: true
                        onEditingFinished: page.settings.profileName = text
                        Accessible.name: qsTr("Profile name")
                    }
                    Label {
                        objectName: "ownJid"
                        text: page.session.jid
                        color: Theme.secondaryText(Material.theme === Material.Dark)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                objectName: "profileNameError"
                visible: text !== ""
                text: page.session.nicks.errorText
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Your contacts see this name unless they gave you one themselves.")
                color: Theme.secondaryText(Material.theme === Material.Dark)
                font.pixelSize: 12
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "changePictureButton"
                    text: qsTr("Change picture…")
                    onClicked: pictureDialog.open()
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "signOutButton"
                    text: qsTr("Sign out…")
                    flat: true
                    Material.foreground: Theme.danger
                    onClicked: signOutDialog.open()
                }
            }
            Label {
                visible: text !== ""
                text: page.contacts.errorText
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionHeading {
                text: qsTr("Privacy")
            }
            SettingSwitch {
                objectName: "readReceiptsSwitch"
                text: qsTr("Read receipts")
                checked: page.session.readReceipts
                onToggled: page.session.readReceipts = checked
            }
            SettingSwitch {
                objectName: "shareLastSeenSwitch"
                text: qsTr("Share my last seen")
                checked: page.contacts.shareLastSeen
                onToggled: page.contacts.shareLastSeen = checked
            }
            Label {
                text: qsTr("Blocked contacts")
                topPadding: Theme.spacing / 2
            }
            BlockedContactList {
                contacts: page.contacts
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
            }

            SectionHeading {
                text: qsTr("Notifications")
            }
            SettingSwitch {
                objectName: "notificationsSwitch"
                text: qsTr("Show notifications")
                checked: page.settings.notificationsEnabled
                onToggled: page.settings.notificationsEnabled = checked
            }
            SettingSwitch {
                objectName: "previewsSwitch"
                text: qsTr("Show message text in notifications")
                enabled: page.settings.notificationsEnabled
                checked: page.settings.notificationPreviews
                onToggled: page.settings.notificationPreviews = checked
            }
            SettingSwitch {
                objectName: "closeToTraySwitch"
                text: qsTr("Keep running in the tray when the window is closed")
                checked: page.settings.closeToTray
                onToggled: page.settings.closeToTray = checked
            }

            SectionHeading {
                text: qsTr("Media")
            }
            RowLayout {
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                // One line: Qt 6.4's layouts place a wrapping label and its neighbours from the
                // label's height before it re-wraps to its final width, and never move them again.
                Label {
                    text: qsTr("Download images automatically up to")
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                SpinBox {
                    objectName: "autoDownloadSpinBox"
                    from: 0
                    to: 100
                    editable: false
                    value: page.settings.autoDownloadImagesMb
                    textFromValue: (value, locale) => value === 0 ? qsTr("Never") : qsTr("%1 MB").arg(value)
                    onValueModified: page.settings.autoDownloadImagesMb = value
                    Accessible.name: qsTr("Largest image to download automatically, in megabytes")
                }
            }
            Label {
                text: qsTr("Images from your contacts up to this size download by themselves. Videos, voice notes, audio and documents download only when you click them.")
                color: Theme.secondaryText(Material.theme === Material.Dark)
                font.pixelSize: 12
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            SettingSwitch {
                objectName: "sendCompressedSwitch"
                text: qsTr("Send images compressed by default")
                checked: page.settings.sendImagesCompressed
                onToggled: page.settings.sendImagesCompressed = checked
            }
            Label {
                text: qsTr("Off sends the original photo, without its location data.")
                color: Theme.secondaryText(Material.theme === Material.Dark)
                font.pixelSize: 12
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionHeading {
                text: qsTr("Appearance")
            }
            ButtonGroup {
                id: themeGroup
            }
            RadioButton {
                objectName: "themeSystem"
                text: qsTr("Follow the system")
                ButtonGroup.group: themeGroup
                checked: page.settings.theme === AppSettings.System
                onClicked: page.settings.theme = AppSettings.System
            }
            RadioButton {
                objectName: "themeLight"
                text: qsTr("Light")
                ButtonGroup.group: themeGroup
                checked: page.settings.theme === AppSettings.Light
                onClicked: page.settings.theme = AppSettings.Light
            }
            RadioButton {
                objectName: "themeDark"
                text: qsTr("Dark")
                ButtonGroup.group: themeGroup
                checked: page.settings.theme === AppSettings.Dark
                onClicked: page.settings.theme = AppSettings.Dark
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    id: languageLabel
                    text: qsTr("Language")
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ComboBox {
                    objectName: "languageComboBox"
                    textRole: "name"
                    valueRole: "code"
                    // The names stay in their own language; only the first entry is translated.
                    model: [{ code: "", name: qsTr("System default") }].concat(page.settings.languages)
                    // Read again whenever the model is built anew (a new language retranslates it).
                    currentIndex: count > 0 && model ? indexOfValue(page.settings.language) : -1
                    onActivated: (index) => page.settings.language = valueAt(index)
                    Layout.preferredWidth: Math.max(implicitWidth, 220)
                    Accessible.name: languageLabel.text
                }
            }
            Item {
                implicitHeight: Theme.spacing
            }
        }
    }

    SignOutDialog {
        id: signOutDialog
        session: page.session
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("Choose your picture")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")]
        onAccepted: page.contacts.setOwnAvatar(selectedFile)
    }
}
