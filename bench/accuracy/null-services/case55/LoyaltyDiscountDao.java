package nulls.case55;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.stereotype.Repository;

@Repository
public class LoyaltyDiscountDao {

    private static final String DISCOUNT_FOR_CUSTOMER = """
            SELECT t.discount_rate
              FROM loyalty_members m
              LEFT JOIN loyalty_tiers t ON t.code = m.tier_code
             WHERE m.customer_id = ?
            """;

    private final DataSource dataSource;

    public LoyaltyDiscountDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BigDecimal discountedTotal(long customerId, BigDecimal total) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DISCOUNT_FOR_CUSTOMER)) {
            statement.setLong(1, customerId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return total;
                }
                BigDecimal rate = rs.getObject("discount_rate", BigDecimal.class);
                BigDecimal factor = BigDecimal.ONE.subtract(rate.movePointLeft(2)); // deref
                return total.multiply(factor).setScale(2, RoundingMode.HALF_UP);
            }
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("could not read loyalty discount of " + customerId, e);
        }
    }
}
