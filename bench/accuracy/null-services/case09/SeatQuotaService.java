package nulls.case09;

import java.util.Map;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Enforces the number of seats a workspace may have on its subscription plan.
 */
@Service
public class SeatQuotaService {

    private static final Map<String, Integer> SEATS_BY_PLAN = Map.of(
            "starter", 5,
            "growth", 25,
            "scale", 250);

    public record Workspace(long id, String name, String planCode) {
    }

    public interface MembershipRepository extends JpaRepository<Membership, Long> {
        long countByWorkspaceId(long workspaceId);
    }

    public static class Membership {
        private Long id;
        private long workspaceId;
        private String userEmail;
    }

    private final MembershipRepository memberships;

    public SeatQuotaService(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    public void assertSeatAvailable(Workspace workspace) {
        int allowed = SEATS_BY_PLAN.get(workspace.planCode()); // deref
        long used = memberships.countByWorkspaceId(workspace.id());
        if (used >= allowed) {
            throw new ResponseStatusException(HttpStatus.PAYMENT_REQUIRED,
                    "workspace " + workspace.name() + " has used all " + allowed + " seats");
        }
    }
}
