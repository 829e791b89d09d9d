// A nullable column read under a test of something other than its row (a flag of the caller): nothing says the column is set.
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
