package com.medisync.portal.sessions;

import java.time.Instant;

public record PortalSession(String id, long userId, Instant lastSeen, String remoteAddress) {
}
