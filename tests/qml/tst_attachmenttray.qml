import QtQuick
import QtQuick.Controls
import QtTest
import Natter.Models
import Natter.Ui

// The attachment tray as a person sees it: files added (by the dialog, a drop or a paste, all
// of which call add()) appear with a preview or an icon; a caption typed goes to the model;
// the remove button takes one file out; Esc in a caption empties the tray; Enter asks to send.
TestCase {
    id: testCase
    name: "AttachmentTray"
    when: windowShown
    width: 640
    height: 400
    visible: true

    readonly property url image: Qt.resolvedUrl("../../resources/icons/png/64.png")
    readonly property url document: Qt.resolvedUrl("tst_attachmenttray.qml")
    readonly property url script: Qt.resolvedUrl("main.cpp")

    // The model and the tray go away together, so no binding sees the model gone.
    Component {
        id: trayComponent
        Item {
            readonly property AttachmentTray tray: trayItem
            width: testCase.width
            height: trayItem.implicitHeight
            AttachmentDraftModel {
                id: draft
            }
            AttachmentTray {
                id: trayItem
                model: draft
                width: parent.width
            }
        }
    }

    SignalSpy {
        id: sendSpy
        signalName: "sendRequested"
    }

    function init() {
        failOnWarning(/.?/)
    }

    function makeTray() {
        const holder = createTemporaryObject(trayComponent, testCase)
        verify(holder)
        const tray = holder.tray
        sendSpy.clear()
        sendSpy.target = tray
        return tray
    }

    function entries(tray) {
        const list = findChild(tray, "attachmentList")
        verify(list)
        // A removed delegate lingers (index -1) until the view lays out again.
        tryVerify(() => list.count === tray.model.count && (list.count === 0 || (list.itemAtIndex(0) && list.itemAtIndex(0).index === 0 && list.itemAtIndex(list.count - 1))))
        return list
    }

    function test_addedFilesAppearWithPreviewOrIcon() {
        const tray = makeTray()
        compare(tray.model.add([testCase.image, testCase.document, testCase.script]), 3)
        const list = entries(tray)
        compare(list.count, 3)
        const first = list.itemAtIndex(0)
        compare(findChild(first, "attachmentName").text, "64.png")
        const preview = findChild(first, "attachmentPreview")
        compare(preview.asynchronous, true)
        verify(preview.sourceSize.width <= 128)
        tryCompare(preview, "status", Image.Ready)
        verify(preview.visible)
        verify(!findChild(first, "attachmentIcon").visible)
        const second = list.itemAtIndex(1)
        compare(findChild(second, "attachmentName").text, "tst_attachmenttray.qml")
        verify(!findChild(second, "attachmentPreview").visible)
        verify(findChild(second, "attachmentIcon").visible)
        verify(findChild(second, "attachmentDetail").text !== "")
    }

    function test_captionRemoveAndKeys() {
        const tray = makeTray()
        tray.model.add([testCase.image, testCase.document])
        let list = entries(tray)
        const caption = findChild(list.itemAtIndex(1), "attachmentCaption")
        caption.forceActiveFocus()
        keyClick("h")
        keyClick("i")
        compare(tray.model.data(tray.model.index(1, 0), AttachmentDraftModel.CaptionRole), "hi")
        keyClick(Qt.Key_Return)
        compare(sendSpy.count, 1)

        mouseClick(findChild(list.itemAtIndex(0), "removeAttachmentButton"))
        compare(tray.model.count, 1)
        list = entries(tray)
        compare(findChild(list.itemAtIndex(0), "attachmentName").text, "tst_attachmenttray.qml")
        compare(findChild(list.itemAtIndex(0), "attachmentCaption").text, "hi")

        findChild(list.itemAtIndex(0), "attachmentCaption").forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(tray.model.count, 0)
    }

    function test_compressOptionFollowsTheModel() {
        const tray = makeTray()
        tray.model.add([testCase.image])
        const check = findChild(tray, "compressImagesCheck")
        verify(!check.checked)
        mouseClick(check)
        verify(tray.model.compressImages)
        mouseClick(findChild(tray, "clearAttachmentsButton"))
        compare(tray.model.count, 0)
        verify(!tray.model.compressImages)
    }
}
