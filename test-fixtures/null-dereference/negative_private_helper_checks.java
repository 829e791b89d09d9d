// Private helpers of the same class that throw when their argument is null (requirePresent, requireHeader) and a static check helper of another scanned class, called before the dereference.
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.servlet.http.HttpServletRequest;

final class LookupChecks {

    private LookupChecks() {
    }

    static void ensureFound(Object value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " not found");
        }
    }
}

@Entity
class ParcelLocker {
    @Id
    Long id;
    String siteCode;

    String getSiteCode() {
        return siteCode;
    }
}

class ParcelLockerService {

    private final EntityManager entityManager;
    private final Map<String, String> sitesByZip;

    ParcelLockerService(EntityManager entityManager, Map<String, String> sitesByZip) {
        this.entityManager = entityManager;
        this.sitesByZip = sitesByZip;
    }

    String siteOf(long lockerId) {
        ParcelLocker locker = entityManager.find(ParcelLocker.class, lockerId);
        requirePresent(locker, "locker " + lockerId);
        return locker.getSiteCode().toUpperCase();
    }

    String siteForZip(String zip) {
        String site = sitesByZip.get(zip);
        LookupChecks.ensureFound(site, "site for " + zip);
        return site.trim();
    }

    String apiVersion(HttpServletRequest request) {
        String version = request.getHeader("X-Api-Version");
        requireHeader(version, "X-Api-Version");
        return version.strip();
    }

    private static void requirePresent(Object value, String description) {
        if (value == null) {
            throw new IllegalArgumentException(description + " does not exist");
        }
    }

    private void requireHeader(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
    }
}
