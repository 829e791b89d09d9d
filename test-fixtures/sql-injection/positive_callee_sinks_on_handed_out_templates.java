// Request data passed to DAOs whose JdbcTemplate or Statement comes from another file: a field of a holder class, a method that hands one out, a local typed by var.
import jakarta.servlet.http.HttpServletRequest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HandedOutTemplatesController {

    private final HandedOutFleetDao fleetDao;
    private final HandedOutStockDao stockDao;
    private final HandedOutProfileStore profiles;

    HandedOutTemplatesController(HandedOutFleetDao fleetDao, HandedOutStockDao stockDao, HandedOutProfileStore profiles) {
        this.fleetDao = fleetDao;
        this.stockDao = stockDao;
        this.profiles = profiles;
    }

    @GetMapping("/handed/fleet")
    List<Map<String, Object>> fleet(@RequestParam String plate) {
        return fleetDao.byPlate(plate);
    }

    @GetMapping("/handed/depot")
    List<Map<String, Object>> depot(@RequestParam String depot) {
        return fleetDao.byDepot(depot);
    }

    @GetMapping("/handed/stock")
    List<Map<String, Object>> stock(HttpServletRequest request) {
        return stockDao.levels(request.getHeader("X-Tenant"), request.getParameter("sku"));
    }

    @GetMapping("/handed/rename")
    boolean rename(@RequestParam long id, @RequestParam String nickname) throws SQLException {
        return profiles.rename(id, nickname);
    }
}

class HandedOutFleetDao {

    private final HandedOutDatabases db;

    HandedOutFleetDao(HandedOutDatabases db) {
        this.db = db;
    }

    List<Map<String, Object>> byPlate(String plate) {
        return db.jdbc.queryForList("SELECT id FROM vehicles WHERE plate = '" + plate + "'");  // expect: sql-injection
    }

    List<Map<String, Object>> byDepot(String depot) {
        // a holder field that is no template: nothing runs SQL here
        return db.names.queryForList("depot = " + depot);
    }
}

class HandedOutStockDao {

    private final HandedOutDatabases db;

    HandedOutStockDao(HandedOutDatabases db) {
        this.db = db;
    }

    List<Map<String, Object>> levels(String tenant, String sku) {
        var jdbc = db.templateFor(tenant);
        return jdbc.queryForList("SELECT location, on_hand FROM stock WHERE sku = '" + sku + "'");  // expect: sql-injection
    }
}

class HandedOutProfileStore {

    private final DataSource dataSource;

    HandedOutProfileStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean rename(long id, String nickname) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = HandedOutDatabases.statement(connection)) {
            return statement.executeUpdate("UPDATE profiles SET nickname = '" + nickname + "' WHERE id = " + id) == 1;  // expect: sql-injection
        }
    }
}
