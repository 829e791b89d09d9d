package eval5.case36;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class ArticleDao {

    private final DataSource dataSource;

    public ArticleDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Hit> findWhere(String condition) throws SQLException {
        String sql = "SELECT a.slug, a.title FROM kb_articles a WHERE " + condition + " ORDER BY a.views DESC LIMIT 25";
        List<Hit> hits = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            if (st.execute(sql)) { // sink
                try (ResultSet rs = st.getResultSet()) {
                    while (rs.next()) {
                        hits.add(new Hit(rs.getString("slug"), rs.getString("title")));
                    }
                }
            }
        }
        return hits;
    }

    public record Hit(String slug, String title) {
    }
}
