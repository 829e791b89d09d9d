// Request data read by a scanned wrapper that keeps the HttpServletRequest in a field, and text getters of a bound @RequestBody class and record concatenated by the service they are handed to.
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class XfRequestView {

    private final HttpServletRequest request;

    XfRequestView(HttpServletRequest request) {
        this.request = request;
    }

    String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}

class XfStoreLocatorServlet extends HttpServlet {

    private final DataSource dataSource;

    XfStoreLocatorServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        XfRequestView view = new XfRequestView(request);
        String sql = "SELECT id, address FROM stores WHERE city = '" + view.param("city") + "' ORDER BY address";
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {  // expect: sql-injection
            while (rs.next()) {
                response.getWriter().println(rs.getLong("id") + ";" + rs.getString("address"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}

class XfSignupForm {

    private String username;
    private int age;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }
}

record XfProductSearch(String term, int limit) {
}

@RestController
class XfAccountController {

    private final XfAccountService accountService;

    XfAccountController(XfAccountService accountService) {
        this.accountService = accountService;
    }

    @PostMapping("/xf/accounts/reserve")
    int reserve(@RequestBody XfSignupForm form) {
        return accountService.reserveName(form);
    }

    @PostMapping("/xf/products/search")
    List<Map<String, Object>> search(@RequestBody XfProductSearch search) {
        return accountService.searchProducts(search);
    }

    @PostMapping("/xf/products/search-entities")
    List<?> searchEntities(@RequestBody XfProductSearch search) {
        return accountService.searchProductEntities(search);
    }
}

@Service
class XfAccountService {

    private final JdbcTemplate jdbcTemplate;
    private final EntityManager entityManager;

    XfAccountService(JdbcTemplate jdbcTemplate, EntityManager entityManager) {
        this.jdbcTemplate = jdbcTemplate;
        this.entityManager = entityManager;
    }

    int reserveName(XfSignupForm form) {
        return jdbcTemplate.update("INSERT INTO reserved_names (name, age) VALUES ('" + form.getUsername() + "', " + form.getAge() + ")");  // expect: sql-injection
    }

    List<Map<String, Object>> searchProducts(XfProductSearch search) {
        String sql = "SELECT id, name FROM products WHERE name LIKE '%" + search.term() + "%' LIMIT " + search.limit();
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection
    }

    List<?> searchProductEntities(XfProductSearch search) {
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.name LIKE '" + search.term() + "%'").setMaxResults(search.limit()).getResultList();  // expect: sql-injection
    }
}
