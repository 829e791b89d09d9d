// A router that uses SignedJWT.parse only to read the header kid and picks which tenant processor validates the token; no claims are read from the parsed object.
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.text.ParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class TenantProcessorRouter {

    private final Map<String, JWTProcessor<SecurityContext>> processorsByKeyPrefix;

    TenantProcessorRouter(Map<String, JWTProcessor<SecurityContext>> processorsByKeyPrefix) {
        this.processorsByKeyPrefix = Map.copyOf(processorsByKeyPrefix);
    }

    String keyIdOf(String token) throws ParseException {
        JWSHeader header = SignedJWT.parse(token).getHeader();
        return header.getKeyID();
    }

    String tenantPrefix(String token) throws ParseException {
        String kid = SignedJWT.parse(token).getHeader().getKeyID();
        int dash = kid.indexOf('-');
        return dash < 0 ? kid : kid.substring(0, dash);
    }

    JWTClaimsSet validate(String token) throws Exception {
        JWTProcessor<SecurityContext> processor = processorsByKeyPrefix.get(tenantPrefix(token));
        if (processor == null) {
            throw new IllegalArgumentException("no processor for token");
        }
        return processor.process(token, null);
    }
}
