package com.sessionly.auth.cleanup;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserSessionRepository extends JpaRepository<UserSession, String> {

    List<UserSession> findByExpiresAtBefore(Instant cutoff, Pageable pageable);
}
