// Comparisons with a boolean literal that leave the Optional empty on the path that reads it: isPresent() == true guards the other branch, and isEmpty() == false is tested for the wrong outcome.
import java.util.Optional;

class QuotaService {

    record Quota(String tenant, long limit) {
    }

    interface QuotaRepository {
        Optional<Quota> findByTenant(String tenant);
    }

    private final QuotaRepository quotas;

    QuotaService(QuotaRepository quotas) {
        this.quotas = quotas;
    }

    long limit(String tenant) {
        Optional<Quota> quota = quotas.findByTenant(tenant);
        if (quota.isPresent() == true) {
            return 0;
        }
        return quota.get().limit();  // expect: optional-get-unchecked "quota.get()"
    }

    long remaining(String tenant, long used) {
        Optional<Quota> quota = quotas.findByTenant(tenant);
        if (quota.isEmpty() == false) {
            return -1;
        }
        return quota.get().limit() - used;  // expect: optional-get-unchecked "quota.get()"
    }
}
