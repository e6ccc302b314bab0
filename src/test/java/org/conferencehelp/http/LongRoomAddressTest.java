package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A room whose address is legal but too long for a QR code still gets its place on the page. */
class LongRoomAddressTest {

    /** 1022 bytes of UTF-8, within XMPP's 1023-byte localpart; its join link is over 3000 characters. */
    private static final String LONG_NODE = "é".repeat(511);

    @Test
    void listsARoomWhoseJoinLinkIsTooLongForAQrCodeWithoutOne() throws Exception {
        try (TestSite site = new TestSite().conferences(() -> List.of(new ServiceListing(TestSite.SERVICE, "",
                true, false, List.of(new RoomListing(LONG_NODE, "Long", "", "", 1, true, false, false, false)))))
                .start()) {
            TestSite.Response response = site.get(TestSite.PAGE);

            assertEquals(200, response.status());
            Document page = response.html();
            Element room = page.selectFirst("li.room");
            assertNotNull(room, "the room is not listed");
            assertEquals(LONG_NODE + "@" + TestSite.SERVICE, room.selectFirst(".room-address").text());
            assertTrue(room.selectFirst("a.join").attr("href").startsWith("xmpp:%C3%A9%C3%A9"));
            assertTrue(room.select("svg.qr").isEmpty(), "a QR code for a link no QR code can hold");
            assertTrue(room.select(".qr-details").isEmpty(), "a button that would open an empty QR box");
            assertEquals(1, page.select("article.service svg.qr").size(), "the service's own QR code is gone");
        }
    }
}
