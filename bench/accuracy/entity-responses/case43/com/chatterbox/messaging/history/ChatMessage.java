package com.chatterbox.messaging.history;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document(collection = "chat_messages")
public class ChatMessage {

    @Id
    private String id;

    private String roomId;

    private String author;

    private String body;

    private Instant sentAt;

    public String getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
