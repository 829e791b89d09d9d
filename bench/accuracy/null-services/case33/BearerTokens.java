package nulls.case33;

import java.util.Optional;

import org.springframework.lang.Nullable;

public final class BearerTokens {

    private static final String PREFIX = "Bearer ";

    private BearerTokens() {
    }

    /**
     * The token of an {@code Authorization: Bearer ...} header, or nothing for other schemes.
     */
    @Nullable
    public static String fromAuthorizationHeader(String header) {
        return Optional.of(header)
                .filter(h -> h.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                .map(h -> h.substring(PREFIX.length()).strip())
                .orElse(null);
    }
}
