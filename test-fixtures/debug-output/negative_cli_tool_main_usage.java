// A plain-Java command-line ledger export whose main prints usage, rows and stack traces (its user interface) and calls System.exit.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

class LedgerExportTool {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ledger-export <jdbc-url> <yyyy-mm-dd>");
            System.exit(2);
        }
        LocalDate day = LocalDate.parse(args[1]);
        String sql = """
                SELECT account, debit, credit
                FROM ledger_entries
                WHERE booking_date = ?
                ORDER BY account
                """;
        try (Connection connection = DriverManager.getConnection(args[0]);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, day);
            try (ResultSet rs = statement.executeQuery()) {
                System.out.println("account;debit;credit");
                while (rs.next()) {
                    System.out.printf("%s;%s;%s%n", rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3));
                }
            }
        } catch (SQLException e) {
            e.printStackTrace();
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }
}
