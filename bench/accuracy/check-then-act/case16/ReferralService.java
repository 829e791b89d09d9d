// Referral program: an invitee can be claimed by one referrer only; the claim and the
// "already referred?" lookup of the invite form.
package checkthenact.case16;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReferralService {

    private final ReferralRepository referrals;

    public ReferralService(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    public Optional<Referral> claim(long referrerId, String inviteeEmail) {
        var email = inviteeEmail.trim().toLowerCase(Locale.ROOT);
        if (!referrals.existsByInviteeEmail(email)) {
            var referral = new Referral(referrerId, email, Instant.now());
            return Optional.of(referrals.save(referral));
        }
        return Optional.empty();
    }

    public boolean alreadyReferred(String inviteeEmail) {
        return referrals.existsByInviteeEmail(inviteeEmail.trim().toLowerCase(Locale.ROOT));
    }
}
