package com.northwind.crm.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

public class CustomerRevenueDao {

    private final DataSource dataSource;

    public CustomerRevenueDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Customer> customersWithInvoices(LocalDate from, LocalDate to) throws SQLException {
        Map<Long, Customer> byId = new LinkedHashMap<>();
        try (Connection con = dataSource.getConnection()) {
            try (PreparedStatement ps = con.prepareStatement(
                    "SELECT id, name FROM customers WHERE active = TRUE ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong("id"), new Customer(rs.getLong("id"), rs.getString("name")));
                }
            }
            try (PreparedStatement ps = con.prepareStatement(
                    "SELECT customer_ref, total FROM invoices WHERE issued_on BETWEEN ? AND ?")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String customerRef = rs.getString("customer_ref");
                        Customer customer = byId.get(customerRef);
                        if (customer != null) {
                            customer.getInvoiceTotals().add(rs.getBigDecimal("total"));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(byId.values());
    }
}
