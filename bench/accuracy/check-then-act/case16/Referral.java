// A referral: who invited which e-mail address, and when.
package checkthenact.case16;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Referral {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "referrer_id", nullable = false)
    private long referrerId;

    @Column(name = "invitee_email", nullable = false)
    private String inviteeEmail;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    protected Referral() {
    }

    public Referral(long referrerId, String inviteeEmail, Instant claimedAt) {
        this.referrerId = referrerId;
        this.inviteeEmail = inviteeEmail;
        this.claimedAt = claimedAt;
    }

    public Long getId() { return id; }
    public long getReferrerId() { return referrerId; }
    public String getInviteeEmail() { return inviteeEmail; }
    public Instant getClaimedAt() { return claimedAt; }
}
