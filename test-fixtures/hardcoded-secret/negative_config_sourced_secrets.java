// Every key, password and API key here comes from configuration (@Value without default, Environment, System.getenv) before reaching the same sinks the positive files use.
import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@Configuration
public class ExternalizedSecretsConfig {

    private final Environment environment;

    @Value("${jwt.secret}")
    private String jwtSecret;

    @Value("${partner.api-key}")
    private String partnerApiKey;

    private final String auditDbPassword = System.getenv("AUDIT_DB_PASSWORD");

    public ExternalizedSecretsConfig(Environment environment) {
        this.environment = environment;
    }

    @Bean
    public SecretKey jwtSigningKey() {
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(jwtSecret));
    }

    @Bean
    public Algorithm partnerAlgorithm() {
        return Algorithm.HMAC256(environment.getRequiredProperty("partner.jwt.secret"));
    }

    @Bean
    public DataSource dataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setUrl(environment.getRequiredProperty("app.datasource.url"));
        ds.setUsername(environment.getProperty("app.datasource.username", "app"));
        ds.setPassword(environment.getRequiredProperty("app.datasource.password"));
        return ds;
    }

    public Connection auditConnection() throws SQLException {
        return DriverManager.getConnection(System.getenv("AUDIT_DB_URL"), "audit", auditDbPassword);
    }

    public HttpHeaders partnerHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", partnerApiKey);
        headers.setBearerAuth(System.getenv("PARTNER_BEARER_TOKEN"));
        return headers;
    }
}
