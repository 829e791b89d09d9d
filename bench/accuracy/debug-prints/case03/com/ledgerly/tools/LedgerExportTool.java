package com.ledgerly.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Exports ledger entries booked since a date to a CSV file, for the auditors.
 */
public final class LedgerExportTool {

    private LedgerExportTool() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length != 3) {
            System.err.println("usage: LedgerExportTool <jdbc-url> <from yyyy-mm-dd> <output.csv>");
            System.exit(2);
        }
        var from = LocalDate.parse(args[1]);
        var output = Path.of(args[2]);
        var user = System.getenv("LEDGER_DB_USER");
        var password = System.getenv("LEDGER_DB_PASSWORD");
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(args[0], user, password);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT entry_id, account, amount, booked_on FROM ledger_entries WHERE booked_on >= ? ORDER BY booked_on");
             var writer = Files.newBufferedWriter(output)) {
            statement.setObject(1, from);
            try (ResultSet rs = statement.executeQuery()) {
                writer.write("entry_id,account,amount,booked_on");
                writer.newLine();
                while (rs.next()) {
                    writer.write(String.join(",", rs.getString(1), rs.getString(2),
                            rs.getBigDecimal(3).toPlainString(), rs.getDate(4).toString()));
                    writer.newLine();
                    rows++;
                }
            }
        }
        System.out.printf("Exported %d ledger entries since %s to %s%n", rows, from, output.toAbsolutePath());
    }
}
