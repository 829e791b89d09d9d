// Objects.requireNonNull as a statement and as the initialiser of a local, on environment variables, a Map.get and an EntityManager.find result.
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;

@Entity
class BillingProfile {
    @Id
    Long id;
    String vatNumber;

    String getVatNumber() {
        return vatNumber;
    }
}

class BillingProfileService {

    private final EntityManager entityManager;
    private final Map<String, String> vatPrefixes;

    BillingProfileService(EntityManager entityManager, Map<String, String> vatPrefixes) {
        this.entityManager = entityManager;
        this.vatPrefixes = vatPrefixes;
    }

    String issuerVat() {
        String vat = Objects.requireNonNull(System.getenv("ISSUER_VAT"), "ISSUER_VAT must be set");
        return vat.replace(" ", "");
    }

    String vatOf(long profileId) {
        BillingProfile profile = entityManager.find(BillingProfile.class, profileId);
        Objects.requireNonNull(profile, () -> "no billing profile " + profileId);
        return profile.getVatNumber();
    }

    String prefixFor(String country) {
        String prefix = vatPrefixes.get(country);
        Objects.requireNonNull(prefix);
        return prefix.toUpperCase();
    }
}
