// Nullable columns read under a test of something other than their row (a flag of the caller), or only of the cursor (rs.next() says a row is there, not which columns are set): nothing says the column is set.
import java.sql.ResultSet;
import java.sql.SQLException;

class InvoiceRowMapper {

    String dueDate(ResultSet rs, boolean withDates) throws SQLException {
        if (withDates) {
            return rs.getObject("due_date").toString();  // expect: null-dereference "getObject("
        }
        return "";
    }
}

class GreylistDao {

    long firstSeen(java.sql.ResultSet mappingRS) throws java.sql.SQLException {
        if (mappingRS.next()) {
            return mappingRS.getClob(1).length();  // expect: null-dereference "getClob("
        }
        return 0;
    }
}
