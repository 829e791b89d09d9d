package com.oakridge.inventory.health;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;

@WebServlet(urlPatterns = "/health")
public class HealthCheckServlet extends HttpServlet {

    private transient DataSource dataSource;

    @Override
    public void init() {
        dataSource = (DataSource) getServletContext().getAttribute("inventoryDataSource");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean databaseUp = pingDatabase();
        resp.setStatus(databaseUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter out = resp.getWriter();
        out.println(databaseUp ? "status=UP" : "status=DOWN");
        out.printf("database=%s%n", databaseUp ? "UP" : "DOWN");
        out.printf("uptime=%ds%n", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        out.flush();
    }

    private boolean pingDatabase() {
        if (dataSource == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            log("Health check could not reach the inventory database", e);
            return false;
        }
    }
}
