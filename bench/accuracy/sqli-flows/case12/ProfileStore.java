package eval5.case12;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProfileStore {

    @Resource(lookup = "java:app/jdbc/community")
    DataSource dataSource;

    public boolean rename(long profileId, String nickname) throws SQLException {
        try (var con = dataSource.getConnection(); var st = JdbcSupport.statement(con)) {
            int updated = st.executeUpdate("UPDATE profiles SET nickname = '" + nickname + "', updated_at = CURRENT_TIMESTAMP WHERE id = " + profileId); // sink
            return updated == 1;
        }
    }
}
