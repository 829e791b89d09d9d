package nulls.case32;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component
public class BearerTokenExtractor {

    private static final String BEARER = "Bearer ";

    public Optional<String> extract(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!StringUtils.hasText(authorization)) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }

    public boolean hasApiKey(HttpServletRequest request) {
        String apiKey = request.getHeader("X-Api-Key");
        return StringUtils.hasLength(apiKey) && apiKey.startsWith("ak_");
    }
}
