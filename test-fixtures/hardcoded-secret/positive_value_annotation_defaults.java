// Spring @Value injections whose secret-like properties carry literal defaults (on fields and on a constructor parameter); keys without a default, empty defaults and nested placeholders are quiet.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtSettings {

    @Value("${jwt.secret:9aF3kL7qZ2xW5rT8nB1vC4mH6jD0sP2e}") // expect: hardcoded-secret "`jwt.secret`"
    private String jwtSecret;

    @Value("${spring.datasource.password:changeme}") // expect: hardcoded-secret "`spring.datasource.password`"
    private String datasourcePassword;

    @Value("${jwt.refresh-secret:${JWT_REFRESH_SECRET}}")
    private String refreshSecret;

    @Value("${jwt.expiration-ms:900000}")
    private long expirationMs;

    @Value("${jwt.issuer:auth-service}")
    private String issuer;

    @Value("${mail.smtp.password}")
    private String smtpPassword;

    private final String mapsApiKey;

    public JwtSettings(@Value("${maps.api-key:Mp3Ak7Ey1Zq5Wx9Rt2Yu6Io0Pl4Kj8Hg}") String mapsApiKey) { // expect: hardcoded-secret "`maps.api-key`"
        this.mapsApiKey = mapsApiKey;
    }

    public String jwtSecret() {
        return jwtSecret;
    }

    public String datasourcePassword() {
        return datasourcePassword;
    }

    public String refreshSecret() {
        return refreshSecret;
    }

    public long expirationMs() {
        return expirationMs;
    }

    public String issuer() {
        return issuer;
    }

    public String smtpPassword() {
        return smtpPassword;
    }

    public String mapsApiKey() {
        return mapsApiKey;
    }
}
