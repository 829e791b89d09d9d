package com.acme.notify.worker;

import java.util.UUID;

public record Notification(UUID id, String recipient, String channel, String body) {
}
