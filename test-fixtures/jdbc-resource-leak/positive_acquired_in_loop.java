// Resources acquired in every iteration of a loop and never closed: a statement per tag on a Connection parameter, a connection per shard.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

class ShardMaintenanceJob {

    private static final String INSERT_TAG = "INSERT INTO product_tags (product_id, tag) VALUES (?, ?)";
    private static final String PURGE = "DELETE FROM outbox WHERE sent_at < CURRENT_TIMESTAMP - INTERVAL '7' DAY";

    private final List<DataSource> shards;

    ShardMaintenanceJob(List<DataSource> shards) {
        this.shards = List.copyOf(shards);
    }

    void insertTags(Connection connection, long productId, List<String> tags) throws SQLException {
        for (String tag : tags) {
            PreparedStatement ps = connection.prepareStatement(INSERT_TAG);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
            ps.setLong(1, productId);
            ps.setString(2, tag);
            ps.executeUpdate();
        }
    }

    int purgeAllShards() throws SQLException {
        int purged = 0;
        for (DataSource shard : shards) {
            Connection connection = shard.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
            try (Statement st = connection.createStatement()) {
                purged += st.executeUpdate(PURGE);
            }
        }
        return purged;
    }
}
