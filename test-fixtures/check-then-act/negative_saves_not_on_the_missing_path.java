// Spring Data checks whose save is not an insert on the no-row path of the same repository: the found entity updated and saved, a save on a different repository (an audit log), and a save on the path where the row exists.
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Entity
class Membership {

    @Id
    @GeneratedValue
    private Long id;

    private String memberEmail;

    private Instant renewedAt;

    protected Membership() {
    }

    Membership(String memberEmail) {
        this.memberEmail = memberEmail;
        this.renewedAt = Instant.now();
    }

    void renew() {
        this.renewedAt = Instant.now();
    }
}

@Entity
class MembershipAuditEntry {

    @Id
    @GeneratedValue
    private Long id;

    private String memberEmail;

    private String action;

    protected MembershipAuditEntry() {
    }

    MembershipAuditEntry(String memberEmail, String action) {
        this.memberEmail = memberEmail;
        this.action = action;
    }
}

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByMemberEmail(String memberEmail);

    boolean existsByMemberEmail(String memberEmail);
}

interface MembershipAuditRepository extends JpaRepository<MembershipAuditEntry, Long> {
}

@Service
class MembershipRenewalService {

    private final MembershipRepository memberships;
    private final MembershipAuditRepository audit;

    MembershipRenewalService(MembershipRepository memberships, MembershipAuditRepository audit) {
        this.memberships = memberships;
        this.audit = audit;
    }

    @Transactional
    void renew(String memberEmail) {
        Optional<Membership> membership = memberships.findByMemberEmail(memberEmail);
        if (membership.isPresent()) {
            var found = membership.get();
            found.renew();
            memberships.save(found);
        }
    }

    @Transactional
    void recordMissingRenewal(String memberEmail) {
        if (!memberships.existsByMemberEmail(memberEmail)) {
            audit.save(new MembershipAuditEntry(memberEmail, "RENEWAL_WITHOUT_MEMBERSHIP"));
        }
    }

    @Transactional
    void touch(String memberEmail) {
        if (memberships.existsByMemberEmail(memberEmail)) {
            memberships.findByMemberEmail(memberEmail).ifPresent(m -> {
                m.renew();
                memberships.save(m);
            });
        }
    }
}
