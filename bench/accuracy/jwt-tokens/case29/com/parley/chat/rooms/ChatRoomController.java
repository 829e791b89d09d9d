package com.parley.chat.rooms;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ChatRoomController {

    private final ChatIdentityService identities;
    private final RoomService rooms;

    public ChatRoomController(ChatIdentityService identities, RoomService rooms) {
        this.identities = identities;
        this.rooms = rooms;
    }

    @GetMapping("/rooms")
    public List<RoomService.Room> myRooms(@RequestHeader("Authorization") String authorization) {
        ChatIdentityService.ChatUser user = identities.fromAuthorization(authorization);
        return rooms.roomsOf(user.userId());
    }

    @PostMapping("/rooms/{roomId}/messages")
    public ResponseEntity<Void> post(@PathVariable String roomId,
                                     @RequestHeader("Authorization") String authorization,
                                     @RequestBody String text) {
        ChatIdentityService.ChatUser user = identities.fromAuthorization(authorization);
        rooms.post(roomId, user.userId(), user.displayName(), text);
        return ResponseEntity.accepted().build();
    }

    public interface RoomService {
        List<Room> roomsOf(String userId);

        void post(String roomId, String userId, String displayName, String text);

        record Room(String id, String name, int unread) {
        }
    }
}
