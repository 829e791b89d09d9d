package eval5.case19;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InvoiceDao {

    @Resource(lookup = "java:app/jdbc/billing")
    DataSource dataSource;

    public List<String> invoiceNumbers(String customerRef, int year) throws SQLException {
        String sql = "SELECT invoice_number FROM invoices WHERE customer_ref = '" + customerRef
                + "' AND EXTRACT(YEAR FROM issued_on) = " + year + " ORDER BY issued_on";
        List<String> numbers = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             Statement st = con.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // sink
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        return numbers;
    }
}
