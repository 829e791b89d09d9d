package com.alertwise.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class NotificationPreference {

    public static final byte CHANNEL_EMAIL = 1;
    public static final byte CHANNEL_SMS = 2;
    public static final byte CHANNEL_PUSH = 3;

    @Id
    private Long userId;

    @Column(name = "preferred_channel")
    private Byte preferredChannel;

    @Column(name = "fallback_channel")
    private Byte fallbackChannel;

    public Long getUserId() {
        return userId;
    }

    public Byte getPreferredChannel() {
        return preferredChannel;
    }

    public Byte getFallbackChannel() {
        return fallbackChannel;
    }
}
