// A GenericFilterBean in the security filter chain that reads the principal from JWTParser.parse(..).getJWTClaimsSet() with no JWSVerifier or JWT processor.
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import org.springframework.web.filter.GenericFilterBean;

class NimbusBearerTokenFilter extends GenericFilterBean {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String token = BearerTokens.from(http).orElse(null);
        if (token != null) {
            try {
                JWT jwt = JWTParser.parse(token); // expect: jwt-unverified "`parse`"
                JWTClaimsSet claims = jwt.getJWTClaimsSet();
                List<String> roles = claims.getStringListClaim("roles");
                http.setAttribute(AuthenticatedPrincipal.REQUEST_ATTRIBUTE,
                        new AuthenticatedPrincipal(claims.getSubject(), claims.getStringClaim("tid"), roles == null ? List.of() : roles));
            } catch (ParseException e) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED, "malformed token");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
