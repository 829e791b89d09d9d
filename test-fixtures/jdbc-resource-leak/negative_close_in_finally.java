// Pre-Java 7 DAO code that closes its resources in finally: null-checked closes, a connection acquired before the try, rollback in catch.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class EmployeeDirectoryDao {

    private static final String FIND_NAME = "SELECT full_name FROM employees WHERE badge_number = ?";
    private static final String MOVE = "UPDATE employees SET department_id = ? WHERE id = ?";

    private final DataSource dataSource;

    EmployeeDirectoryDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    String nameForBadge(String badgeNumber) throws SQLException {
        Connection connection = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            connection = dataSource.getConnection();
            ps = connection.prepareStatement(FIND_NAME);
            ps.setString(1, badgeNumber);
            rs = ps.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        } finally {
            if (rs != null) {
                rs.close();
            }
            if (ps != null) {
                ps.close();
            }
            if (connection != null) {
                connection.close();
            }
        }
    }

    void moveToDepartment(long employeeId, long departmentId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            PreparedStatement ps = connection.prepareStatement(MOVE);
            try {
                ps.setLong(1, departmentId);
                ps.setLong(2, employeeId);
                ps.executeUpdate();
            } finally {
                ps.close();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.close();
        }
    }
}
