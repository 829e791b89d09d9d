package opt.case55;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReorderRuleRepository extends JpaRepository<ReorderRule, Long> {

    List<ReorderRule> findByWarehouse(String warehouse);
}
