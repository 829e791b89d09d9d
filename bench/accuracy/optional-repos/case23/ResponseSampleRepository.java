package opt.case23;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseSampleRepository extends JpaRepository<ResponseSample, Long> {

    List<ResponseSample> findByRecordedAtAfter(Instant since);
}
