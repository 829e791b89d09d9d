package io.cronly.scheduler.job;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface ScheduledJobRepository extends JpaRepository<ScheduledJob, UUID> {
}
