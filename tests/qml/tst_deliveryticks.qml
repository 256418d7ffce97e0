import QtQuick
import QtTest
import Natter.Models
import Natter.Ui

// The ticks of a message we sent, one state at a time: what a person sees and what a screen
// reader says.
TestCase {
    id: testCase
    name: "DeliveryTicks"
    when: windowShown
    width: 100
    height: 40
    visible: true

    Component {
        id: ticksComponent
        DeliveryTicks {}
    }

    function init() {
        failOnWarning(/.?/)
    }

    function test_states_data() {
        return [
            { tag: "pending", state: Natter.Pending, text: "◷", spoken: "Sending" },
            { tag: "sent", state: Natter.Sent, text: "✓", spoken: "Sent" },
            { tag: "delivered", state: Natter.Delivered, text: "✓✓", spoken: "Delivered" },
            { tag: "read", state: Natter.Read, text: "✓✓", spoken: "Read" },
            { tag: "failed", state: Natter.Failed, text: "!", spoken: "Not sent" },
        ]
    }

    function test_states(data) {
        const ticks = createTemporaryObject(ticksComponent, testCase, { deliveryState: data.state })
        verify(ticks)
        compare(ticks.text, data.text)
        compare(ticks.Accessible.name, data.spoken)
    }

    function test_readIsAccentAndFailedIsRed() {
        const ticks = createTemporaryObject(ticksComponent, testCase, { deliveryState: Natter.Delivered })
        const delivered = ticks.color.toString() // a copy, not a reference to the property
        ticks.deliveryState = Natter.Read
        verify(ticks.color.toString() !== delivered)
        compare(ticks.color.toString(), Theme.read.toString())
        ticks.deliveryState = Natter.Failed
        compare(ticks.color.toString(), Theme.danger.toString())
    }
}
