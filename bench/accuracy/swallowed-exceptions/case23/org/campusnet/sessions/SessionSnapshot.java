package org.campusnet.sessions;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

public record SessionSnapshot(String userId, Set<String> roles, Instant lastAccess) implements Serializable {
}
