package concat.case39;

import jakarta.persistence.EntityManager;
import java.util.List;

public class WorkspaceQuotaRepository {
    private final EntityManager em;

    public WorkspaceQuotaRepository(EntityManager em) {
        this.em = em;
    }

    public List<?> quotas() {
        String sql = "SELECT id, name, quota_bytes FROM " + TenantContext.currentSchema() + ".workspaces";
        List<?> rows = em.createNativeQuery(sql).getResultList(); // sink
        return rows;
    }
}
