// A SecurityConstants holder in the classic tutorial shape whose key literals are used by sinks in another file (negative_jwt_authorization_filter.java); its name, prefix and URL constants are quiet. SECRET is named for a secret, so its own finding names the field.
public final class SecurityConstants {

    public static final String SECRET = "Sup3rL0ngJwtS1gn1ngK3yF0rTh3Ap1-2024xQ"; // expect: hardcoded-secret "`SECRET`"
    public static final String SERVICE_HMAC_KEY = "Hm4cK3y-S3rv1c3-T0-S3rv1c3-9Lq2Wz"; // expect: hardcoded-secret "`HMAC256`"
    public static final long EXPIRATION_TIME = 864_000_000L;
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final String HEADER_STRING = "Authorization";
    public static final String TOKEN_HEADER = "Authorization";
    public static final String SIGN_UP_URL = "/api/users/sign-up";
    public static final String TOKEN_REFRESH_URL = "/api/auth/token/refresh";

    private SecurityConstants() {
    }
}
