package io.batchly.workers.queue;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JobRepository extends JpaRepository<Job, Long> {

    long countByState(Job.State state);
}
