package leak.case59;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class AccountExportService {

    private static final String ACTIVE_ACCOUNTS =
            "SELECT id, owner_name, iban FROM accounts WHERE closed_at IS NULL ORDER BY id";

    private final DataSource dataSource;

    public AccountExportService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void exportActiveAccounts(Writer out) throws SQLException, IOException {
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement();
             ResultSet rs = openActiveAccountsCursor(st)) {
            out.write("id;owner;iban\n");
            while (rs.next()) {
                out.write(rs.getLong("id") + ";" + rs.getString("owner_name") + ";" + rs.getString("iban") + "\n");
            }
        }
    }

    /** Returns an open cursor; the caller closes it. */
    private ResultSet openActiveAccountsCursor(Statement st) throws SQLException {
        st.setFetchSize(250);
        return st.executeQuery(ACTIVE_ACCOUNTS);
    }
}
