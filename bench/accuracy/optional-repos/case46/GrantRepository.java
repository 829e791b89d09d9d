package opt.case46;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantRepository extends JpaRepository<Grant, Grant.Key> {

    Optional<Grant> findByUserIdAndResourceId(Long userId, Long resourceId);
}
