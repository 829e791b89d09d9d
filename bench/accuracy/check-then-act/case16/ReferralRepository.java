// Spring Data repository of referrals.
package checkthenact.case16;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

    boolean existsByInviteeEmail(String inviteeEmail);
}
