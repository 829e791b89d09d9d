// An embedded H2 setup that passes the empty string as password to DriverManager.getConnection and a DataSource setter: an empty literal is a placeholder, not a secret.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@Configuration
@Profile("local")
public class LocalH2DatabaseConfig {

    private static final String H2_URL = "jdbc:h2:mem:catalog;DB_CLOSE_DELAY=-1";

    @Bean
    public DataSource catalogDataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setDriverClassName("org.h2.Driver");
        ds.setUrl(H2_URL);
        ds.setUsername("sa");
        ds.setPassword("");
        return ds;
    }

    public void initSchema() throws SQLException {
        try (Connection conn = DriverManager.getConnection(H2_URL, "sa", "");
             Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS product (id BIGINT PRIMARY KEY, name VARCHAR(200))");
        }
    }
}
