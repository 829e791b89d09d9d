// Spring Data repository of tenant flag overrides.
package staticfields.case05;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantOverrideRepository extends JpaRepository<TenantOverride, Long> {

    List<TenantOverride> findByTenantId(String tenantId);
}
