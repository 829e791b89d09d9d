// Nullable columns read under a test of something other than their row (a flag of the caller), or only of the cursor (rs.next() says a row is there, not which columns are set): nothing says the column is set.
import java.sql.ResultSet;
import java.sql.SQLException;

class InvoiceRowMapper {

    String dueDate(ResultSet rs, boolean withDates) throws SQLException {
        if (withDates) {
            return rs.getDate("due_date").toLocalDate().toString();  // expect: null-dereference "getDate("
        }
        return "";
    }
}

class GreylistDao {

    long firstSeen(java.sql.ResultSet mappingRS) throws java.sql.SQLException {
        if (mappingRS.next()) {
            return mappingRS.getTimestamp(1).getTime();  // expect: null-dereference "getTimestamp("
        }
        return 0;
    }
}
