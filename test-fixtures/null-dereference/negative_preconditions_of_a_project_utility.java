// A project's own precondition helper, named like Guava's (E.checkArgument, Checks.checkState): it returns only when its condition holds, so the header and the body field it tested are present after it, also where the flow follows a later assignment.
import jakarta.ws.rs.HeaderParam;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.apache.hugegraph.util.E;

class TokenResource {

    String verify(@HeaderParam("Authorization") String token) {
        E.checkArgument(StringUtils.isNotEmpty(token), "Authorization must be sent");
        System.out.println("verifying a token");
        if (!token.startsWith("Bearer ")) {
            throw new IllegalArgumentException("only bearer tokens are accepted");
        }
        token = token.substring("Bearer ".length());
        return token.trim();
    }

    String action(@org.springframework.web.bind.annotation.RequestParam Map<String, Object> body) {
        String mode = System.getenv("ACTION_MODE");
        Object action = body.get("action");
        E.checkArgument(action != null && mode != null, "Missing argument: action");
        System.out.println("acting");
        return action.toString() + mode.trim();
    }
}
