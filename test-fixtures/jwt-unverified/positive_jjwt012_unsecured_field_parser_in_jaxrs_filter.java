// A JAX-RS ContainerRequestFilter that keeps an unsecured jjwt parser in a field and reads the caller id from parseUnsecuredContent.
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Provider
class InternalCallerContainerFilter implements ContainerRequestFilter {

    private static final String CALLER_HEADER = "X-Internal-Caller";

    private final JwtParser callerParser = Jwts.parser().unsecured().build(); // expect: jwt-unverified "`unsecured`"

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String header = requestContext.getHeaderString(CALLER_HEADER);
        if (header == null) {
            requestContext.abortWith(Response.status(Response.Status.FORBIDDEN).build());
            return;
        }
        byte[] content = callerParser.parseUnsecuredContent(header).getPayload(); // expect: jwt-unverified "`parseUnsecuredContent`"
        String caller = new String(content, StandardCharsets.UTF_8);
        boolean secure = requestContext.getSecurityContext().isSecure();
        requestContext.setSecurityContext(new ClaimsSecurityContext(caller, List.of("internal"), secure));
    }
}
