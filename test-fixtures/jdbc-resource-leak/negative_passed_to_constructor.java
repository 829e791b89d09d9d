// Ownership passed on: a statement and its ResultSet handed to an iterator's constructor, a connection handed to register(..).
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class EventStreamDao {

    private static final String EVENTS_SINCE = "SELECT id FROM domain_events WHERE id > ? ORDER BY id";

    private final DataSource dataSource;
    private final Connection streamingConnection;
    private final List<Connection> unitOfWork = new ArrayList<>();

    EventStreamDao(DataSource dataSource, Connection streamingConnection) {
        this.dataSource = dataSource;
        this.streamingConnection = streamingConnection;
    }

    EventIdCursor eventsSince(long lastSeenId) throws SQLException {
        PreparedStatement ps = streamingConnection.prepareStatement(EVENTS_SINCE);
        ps.setLong(1, lastSeenId);
        ResultSet rs = ps.executeQuery();
        return new EventIdCursor(ps, rs);
    }

    void beginUnitOfWork() throws SQLException {
        Connection connection = dataSource.getConnection();
        register(connection);
    }

    private void register(Connection connection) {
        unitOfWork.add(connection);
    }

    static final class EventIdCursor implements AutoCloseable {

        private final PreparedStatement statement;
        private final ResultSet resultSet;

        EventIdCursor(PreparedStatement statement, ResultSet resultSet) {
            this.statement = statement;
            this.resultSet = resultSet;
        }

        Long next() throws SQLException {
            return resultSet.next() ? resultSet.getLong(1) : null;
        }

        @Override
        public void close() throws SQLException {
            try (statement; resultSet) {
                // closes the ResultSet first, then its statement
            }
        }
    }
}
