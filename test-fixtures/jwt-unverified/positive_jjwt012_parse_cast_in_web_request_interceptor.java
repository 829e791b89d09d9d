// A Spring MVC WebRequestInterceptor that parses the tenant token with Jwts.parser().build().parse(..) (no key) and casts the payload to Claims.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.WebRequestInterceptor;
import org.springframework.web.server.ResponseStatusException;

@Component
class TenantResolvingInterceptor implements WebRequestInterceptor {

    static final String TENANT_ATTRIBUTE = "tenantId";

    @Override
    public void preHandle(WebRequest request) {
        String token = BearerTokens.from(request.getHeader(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        Jwt<?, ?> jwt = Jwts.parser().build().parse(token); // expect: jwt-unverified "`parse`"
        if (!(jwt.getPayload() instanceof Claims)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "token carries no claims");
        }
        Claims claims = (Claims) jwt.getPayload();
        request.setAttribute(TENANT_ATTRIBUTE, claims.get("tid", String.class), RequestAttributes.SCOPE_REQUEST);
    }

    @Override
    public void postHandle(WebRequest request, ModelMap model) {
    }

    @Override
    public void afterCompletion(WebRequest request, Exception ex) {
        request.removeAttribute(TENANT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
