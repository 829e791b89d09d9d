package com.trailaudit.audit.store;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Slice<AuditEntry> findByActorAndOccurredAtAfter(String actor, Instant since, Pageable pageable);
}
