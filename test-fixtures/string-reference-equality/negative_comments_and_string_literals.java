// A validation service whose comments, log messages and error strings mention == on Strings while the code uses equals.
import java.util.logging.Logger;
import org.springframework.stereotype.Service;

@Service
public class RoleValidationService {

    private static final Logger LOG = Logger.getLogger(RoleValidationService.class.getName());
    private static final String HINT = "never write role == ADMIN, use equals";

    // Old code used: if (role == "ADMIN") { ... } which broke after deserialization.
    public boolean isAdmin(String role) {
        /* role != "USER" was also wrong */
        boolean admin = "ADMIN".equals(role);
        if (!admin) {
            LOG.fine("role check failed: role == ADMIN is false; " + HINT);
        }
        return admin;
    }
}
