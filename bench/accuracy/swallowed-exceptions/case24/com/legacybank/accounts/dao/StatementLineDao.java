package com.legacybank.accounts.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.stereotype.Repository;

@Repository
public class StatementLineDao {

    private static final String SELECT_LINES =
            "SELECT line_no, value_date, amount, narrative FROM statement_line WHERE statement_id = ? ORDER BY line_no";

    private final DataSource dataSource;

    public StatementLineDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<StatementLine> findByStatement(long statementId) {
        Connection connection = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            connection = dataSource.getConnection();
            ps = connection.prepareStatement(SELECT_LINES);
            ps.setLong(1, statementId);
            rs = ps.executeQuery();
            List<StatementLine> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(new StatementLine(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getString(4)));
            }
            return lines;
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("Could not load lines of statement " + statementId, e);
        } finally {
            if (rs != null) {
                try {
                    rs.close();
                } catch (SQLException ignore) {
                }
            }
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException ignore) {
                }
            }
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignore) {
                }
            }
        }
    }
}
