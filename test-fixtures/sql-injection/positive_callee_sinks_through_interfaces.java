// Request data reaching SQL through a repository interface with one scanned implementation, an abstract DAO whose template method runs SQL built by a subclass hook, and a factory-made interface that passes its argument through.
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

interface XfCustomerRepository {
    List<Map<String, Object>> findByEmail(String email);
}

class XfJdbcCustomerRepository implements XfCustomerRepository {

    private final JdbcTemplate jdbcTemplate;

    XfJdbcCustomerRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public List<Map<String, Object>> findByEmail(String email) {
        return jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE email = '" + email + "'");  // expect: sql-injection
    }
}

@Path("/xf/customers")
class XfCustomerResource {

    @Inject
    XfCustomerRepository repository;

    @GET
    public List<Map<String, Object>> byEmail(@QueryParam("email") String email) {
        return repository.findByEmail(email);
    }
}

abstract class XfReportDao {

    protected final JdbcTemplate jdbcTemplate;

    protected XfReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> run(String filter) {
        String sql = buildSql(filter);
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection
    }

    protected abstract String buildSql(String filter);
}

class XfSalesReportDao extends XfReportDao {

    XfSalesReportDao(JdbcTemplate jdbcTemplate) {
        super(jdbcTemplate);
    }

    @Override
    protected String buildSql(String region) {
        return "SELECT region, SUM(total_cents) FROM sales WHERE region = '" + region + "' GROUP BY region";
    }
}

@RestController
class XfSalesReportController {

    private final XfSalesReportDao reportDao;

    XfSalesReportController(XfSalesReportDao reportDao) {
        this.reportDao = reportDao;
    }

    @GetMapping("/xf/reports/sales")
    List<Map<String, Object>> sales(@RequestParam String region) {
        return reportDao.run(region);
    }
}

interface XfThingProcessor {
    String process(String input);
}

final class XfThingFactory {

    private XfThingFactory() {
    }

    static XfThingProcessor create() {
        return new XfStrippingProcessor();
    }
}

class XfStrippingProcessor implements XfThingProcessor {

    @Override
    public String process(String input) {
        return input.strip();
    }
}

class XfWarehouseStockServlet extends HttpServlet {

    private final DataSource dataSource;

    XfWarehouseStockServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String bin = XfThingFactory.create().process(request.getParameter("bin"));
        String sql = "SELECT sku, quantity FROM stock WHERE bin = '" + bin + "'";
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {  // expect: sql-injection
            while (rs.next()) {
                response.getWriter().println(rs.getString("sku") + ";" + rs.getInt("quantity"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
