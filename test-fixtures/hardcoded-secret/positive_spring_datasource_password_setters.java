// A Spring @Configuration that wires two DataSources and sets their passwords from a literal and from a password constant.
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@Configuration
public class LegacyDataSourceConfig {

    private static final String REPORTING_DB_PASSWORD = "changeme"; // expect: hardcoded-secret "`setPassword`"

    @Bean
    @Primary
    public DataSource ordersDataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setDriverClassName("org.postgresql.Driver");
        ds.setUrl("jdbc:postgresql://orders-db:5432/orders");
        ds.setUsername("orders_app");
        ds.setPassword("0rd3rs!Pg#2024x"); // expect: hardcoded-secret "`setPassword`"
        return ds;
    }

    @Bean
    public DataSource reportingDataSource() throws SQLException {
        String url = "jdbc:postgresql://reporting-db:5432/reporting";
        SimpleDriverDataSource ds = new SimpleDriverDataSource();
        ds.setDriver(DriverManager.getDriver(url));
        ds.setUrl(url);
        ds.setUsername("reporting");
        ds.setPassword(REPORTING_DB_PASSWORD);
        return ds;
    }

    @Bean
    public JdbcTemplate reportingJdbcTemplate() throws SQLException {
        return new JdbcTemplate(reportingDataSource());
    }
}
