package concat.case51;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class StoreDirectory {
    private static final String SELECT = "SELECT id, name, region, opened_on";
    private static final String FROM = "FROM stores";
    private static final String WHERE = "WHERE region = :region AND closed_on IS NULL";
    private static final String ORDER = "ORDER BY name";

    private final JdbcClient jdbcClient;

    public StoreDirectory(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public List<Store> openStores(String region) {
        return jdbcClient.sql(String.join(" ", SELECT, FROM, WHERE, ORDER)).param("region", region).query(Store.class).list(); // sink
    }

    public record Store(long id, String name, String region, java.time.LocalDate openedOn) {
    }
}
