// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc;

import java.util.List;

import org.xmpp.component.Component;

/** Stand-in for org.jivesoftware.openfire.muc.MultiUserChatService. */
public interface MultiUserChatService extends Component {

    String getServiceDomain();

    String getServiceName();

    List<MUCRoom> getActiveChatRooms();

    @javax.annotation.Nullable MUCRoom getChatRoom(@javax.annotation.Nonnull final String roomName);

    boolean isServiceEnabled();

    boolean isHidden();

    boolean isRoomCreationRestricted();

    boolean isAllRegisteredUsersAllowedToCreate();

    HistoryStrategy getHistoryStrategy();
}
