// A CORS helper that compares elements of List<String> (by get(i) and by for-each variables) with ==.
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class CorsOriginChecker {

    private final List<String> allowedOrigins;

    public CorsOriginChecker(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean isPrimaryOrigin(String origin) {
        return allowedOrigins.get(0) == origin; // expect: string-reference-equality "`allowedOrigins.get(0)`"
    }

    public boolean isAllowed(String origin) {
        for (int i = 0; i < allowedOrigins.size(); i++) {
            if (allowedOrigins.get(i) == origin) { // expect: string-reference-equality "`allowedOrigins.get(i)`"
                return true;
            }
        }
        return false;
    }

    public boolean isAllowedLoop(String origin) {
        for (var candidate : allowedOrigins) {
            if (candidate == origin) { // expect: string-reference-equality "`candidate`"
                return true;
            }
        }
        return false;
    }

    public boolean lastEncodingIsGzip(List<String> encodings) {
        if (encodings.size() == 0) {
            return false;
        }
        return encodings.get(encodings.size() - 1) == "gzip"; // expect: string-reference-equality "`encodings.get(encodings.size() - 1)`"
    }
}
