// Spring Data repository of cost centers.
package checkthenact.case30;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CostCenterRepository extends JpaRepository<CostCenter, Long> {

    boolean existsByTenantIdAndCode(long tenantId, String code);

    List<CostCenter> findByTenantIdOrderByCode(long tenantId);
}
