package leak.case30;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class EmployeeDirectoryDao {

    private static final Logger LOG = Logger.getLogger(EmployeeDirectoryDao.class.getName());

    private static final String FIND_BY_DEPARTMENT =
            "SELECT id, full_name, title FROM employees WHERE department_id = ? ORDER BY full_name";

    private final DataSource dataSource;

    public EmployeeDirectoryDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Employee> findByDepartment(long departmentId) throws SQLException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(FIND_BY_DEPARTMENT);
            ps.setLong(1, departmentId);
            rs = ps.executeQuery();
            List<Employee> employees = new ArrayList<>();
            while (rs.next()) {
                employees.add(new Employee(rs.getLong("id"), rs.getString("full_name"), rs.getString("title")));
            }
            return employees;
        } finally {
            if (rs != null) {
                try {
                    rs.close();
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "Could not close result set", e);
                }
            }
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "Could not close statement", e);
                }
            }
            if (conn != null) {
                try {
                    conn.close();
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "Could not close connection", e);
                }
            }
        }
    }

    public record Employee(long id, String fullName, String title) {
    }
}
