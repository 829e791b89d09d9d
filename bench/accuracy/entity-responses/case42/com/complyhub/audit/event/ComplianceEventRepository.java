package com.complyhub.audit.event;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceEventRepository extends JpaRepository<ComplianceEvent, Long> {

    Slice<ComplianceEvent> findByControlId(String controlId, Pageable pageable);

    boolean existsByControlIdAndPassedFalse(String controlId);
}
