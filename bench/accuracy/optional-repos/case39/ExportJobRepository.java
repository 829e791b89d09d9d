package opt.case39;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExportJobRepository extends JpaRepository<ExportJob, Long> {

    Optional<ExportJob> findFirstByStatusOrderByCreatedAtAsc(ExportJob.Status status);

    long countByStatus(ExportJob.Status status);
}
