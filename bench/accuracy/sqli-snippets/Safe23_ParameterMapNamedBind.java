package eval.c73;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

public class Safe23_ParameterMapNamedBind extends HttpServlet {

    private final NamedParameterJdbcTemplate named;

    public Safe23_ParameterMapNamedBind(DataSource dataSource) {
        this.named = new NamedParameterJdbcTemplate(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<String, String[]> parameterMap = request.getParameterMap();
        String[] skus = parameterMap.get("sku");
        List<String> skuList = skus == null ? List.of() : Arrays.asList(skus);
        MapSqlParameterSource params = new MapSqlParameterSource("skus", skuList);
        String sql = "SELECT sku, price FROM products WHERE sku IN (:skus)";
        List<Map<String, Object>> rows = named.queryForList(sql, params); // sink
        response.getWriter().println(rows);
    }
}
