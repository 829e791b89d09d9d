package com.granary.stock.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

public class WarehouseExporter {

    static final String URL_KEY = "warehouse.jdbc.url";
    static final String USER_KEY = "warehouse.jdbc.user";
    static final String PASSWORD_KEY = "warehouse.jdbc.password";

    private static final String STOCK_SQL = "SELECT sku, bin, on_hand FROM stock_levels WHERE warehouse_id = ?";

    private final Properties settings;

    public WarehouseExporter(Path settingsFile) throws IOException {
        this.settings = new Properties();
        try (InputStream in = Files.newInputStream(settingsFile)) {
            settings.load(in);
        }
        for (String key : new String[] {URL_KEY, USER_KEY, PASSWORD_KEY}) {
            if (settings.getProperty(key) == null) {
                throw new IllegalArgumentException("missing " + key + " in " + settingsFile);
            }
        }
    }

    public void export(long warehouseId, PrintWriter out) throws SQLException {
        String url = settings.getProperty(URL_KEY);
        String user = settings.getProperty(USER_KEY);
        String password = settings.getProperty(PASSWORD_KEY);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement ps = connection.prepareStatement(STOCK_SQL)) {
            ps.setLong(1, warehouseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.printf("%s,%s,%d%n", rs.getString("sku"), rs.getString("bin"), rs.getInt("on_hand"));
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path settingsFile = Path.of(System.getenv().getOrDefault("WAREHOUSE_SETTINGS", "/etc/granary/warehouse.properties"));
        try (PrintWriter out = new PrintWriter(System.out)) {
            new WarehouseExporter(settingsFile).export(Long.parseLong(args[0]), out);
        }
    }
}
