// An enum of OAuth grant and token types whose constants carry wire names, and a token response record mapped with @JsonProperty names.
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Arrays;

enum OAuthGrantType {
    PASSWORD("password"),
    REFRESH_TOKEN("refresh_token"),
    CLIENT_CREDENTIALS("client_credentials"),
    AUTHORIZATION_CODE("authorization_code");

    private final String wireName;

    OAuthGrantType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static OAuthGrantType fromWire(String value) {
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported_grant_type"));
    }
}

public record OAuthTokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonIgnore Instant receivedAt) {

    public boolean expired(Instant now) {
        return receivedAt.plusSeconds(expiresIn).isBefore(now);
    }

    public String authorizationValue() {
        return switch (tokenType.toLowerCase()) {
            case "bearer" -> "Bearer " + accessToken;
            case "mac" -> "MAC " + accessToken;
            default -> throw new IllegalStateException("Unknown token type " + tokenType);
        };
    }
}
