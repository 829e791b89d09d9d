package com.chatterbox.messaging.web;

import com.chatterbox.messaging.history.ChatMessage;
import com.chatterbox.messaging.history.ChatMessageRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/rooms/{roomId}/messages")
public class ChatHistoryController {

    private final ChatMessageRepository messages;

    public ChatHistoryController(ChatMessageRepository messages) {
        this.messages = messages;
    }

    @GetMapping
    public List<ChatMessage> history(@PathVariable String roomId,
                                     @RequestParam(required = false) Instant before,
                                     @RequestParam(defaultValue = "50") int limit) {
        Instant cursor = before == null ? Instant.now() : before;
        var page = PageRequest.of(0, Math.min(limit, 200), Sort.by(Sort.Direction.DESC, "sentAt"));
        return messages.findByRoomIdAndSentAtBefore(roomId, cursor, page);
    }
}
