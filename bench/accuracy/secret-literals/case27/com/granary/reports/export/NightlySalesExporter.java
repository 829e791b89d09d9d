package com.granary.reports.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;

public class NightlySalesExporter {

    private static final Logger LOG = Logger.getLogger(NightlySalesExporter.class.getName());

    private static final String JDBC_URL = "jdbc:mysql://reporting-db:3306/sales?useSSL=true";
    private static final String DB_USER = "report_ro";
    private static final String DB_PASSWORD = "Rp0rt!ng#2023ro";
    private static final String SALES_SQL =
            "SELECT store_id, sku, qty, amount FROM daily_sales WHERE sale_date = ? ORDER BY store_id";

    public int export(LocalDate day, Path target) throws SQLException, IOException {
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(JDBC_URL, DB_USER, DB_PASSWORD);
             PreparedStatement statement = connection.prepareStatement(SALES_SQL);
             BufferedWriter out = Files.newBufferedWriter(target)) {
            statement.setDate(1, Date.valueOf(day));
            out.write("store_id;sku;qty;amount");
            out.newLine();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.write(rs.getLong(1) + ";" + rs.getString(2) + ";" + rs.getInt(3) + ";" + rs.getBigDecimal(4));
                    out.newLine();
                    rows++;
                }
            }
        }
        LOG.info(() -> "exported sales for " + day);
        return rows;
    }
}
