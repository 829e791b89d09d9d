// Spring Data repository of customer profiles.
package ignoredfutures.case13;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerProfileRepository extends JpaRepository<CustomerProfile, Long> {

    @Modifying
    @Query("UPDATE CustomerProfile p SET p.marketingConsentAt = NULL WHERE p.marketingConsentAt < :cutoff")
    int deleteConsentsGivenBefore(@Param("cutoff") Instant cutoff);
}
