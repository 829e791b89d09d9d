// Customer profile updates over Spring Data JPA: the profile is saved, its previous addresses
// archived in one batch, and stale marketing consents removed.
package ignoredfutures.case13;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerProfileService {

    private final CustomerProfileRepository profiles;

    public CustomerProfileService(CustomerProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Transactional
    public void changeAddress(long customerId, String street, String city, String postcode) {
        CustomerProfile profile = profiles.findById(customerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
        profile.moveTo(street, city, postcode);
        profiles.save(profile);
    }

    @Transactional
    public void mergeDuplicates(long keepId, List<Long> duplicateIds) {
        List<CustomerProfile> duplicates = profiles.findAllById(duplicateIds);
        duplicates.forEach(d -> d.markMergedInto(keepId));
        profiles.saveAll(duplicates);
        profiles.flush();
    }

    @Transactional
    public void expireConsents() {
        profiles.deleteConsentsGivenBefore(Instant.now().minusSeconds(2 * 365 * 24 * 3600L));
    }
}
