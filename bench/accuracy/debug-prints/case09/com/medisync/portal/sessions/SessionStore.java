package com.medisync.portal.sessions;

import java.time.Instant;
import java.util.List;

public interface SessionStore {

    List<PortalSession> findIdleSince(Instant cutoff);

    void delete(String sessionId);
}
