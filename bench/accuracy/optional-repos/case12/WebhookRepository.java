package opt.case12;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookRepository extends JpaRepository<Webhook, Long> {

    Optional<Webhook> findByTenantIdAndEnabledTrue(Long tenantId);
}
