import QtQuick
import Natter.Models
import Natter.Ui

// A bubble's location or contact card, read from its body (see SharedCard). valid is false for
// a body that only looks like one: the bubble then shows the text, as it came.
Item {
    id: cardView

    required property string body
    property var session: null
    property bool dark: false
    readonly property bool valid: info.kind !== SharedCard.None
    readonly property bool isLocation: info.kind === SharedCard.Location
    readonly property string accessibleName: info.accessibleName

    // The map link to open, through the page's link path (it asks before anything leaves).
    signal linkClicked(string link)

    function openInMaps() {
        if (isLocation && session)
            linkClicked(session.links.mapLink(info.geoUri))
    }

    implicitWidth: loader.item ? loader.item.implicitWidth : 0
    implicitHeight: loader.item ? loader.item.implicitHeight : 0

    SharedCard {
        id: info
        body: cardView.body
    }

    Loader {
        id: loader
        width: cardView.width
        sourceComponent: info.kind === SharedCard.Location ? locationCard : info.kind === SharedCard.Contact ? contactCard : null
    }

    Component {
        id: locationCard
        LocationCard {
            card: info
            dark: cardView.dark
            onOpenRequested: cardView.openInMaps()
        }
    }

    Component {
        id: contactCard
        ContactCard {
            card: info
            session: cardView.session
            dark: cardView.dark
        }
    }
}
