// dataSource.getConnection().prepareStatement(..) / .createStatement() in try-with-resources: the statement is closed, the connection never is.
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

class CouponRedemptionDao {

    private static final String FIND_REDEMPTION = "SELECT id FROM coupon_redemptions WHERE code = ?";
    private static final String EXPIRE = "UPDATE coupons SET active = false WHERE valid_until < CURRENT_DATE";

    private final DataSource dataSource;

    CouponRedemptionDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean isRedeemed(String code) throws SQLException {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(FIND_REDEMPTION)) {  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    int expireOutdated() throws SQLException {
        try (Statement st = dataSource.getConnection().createStatement()) {  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
            return st.executeUpdate(EXPIRE);
        }
    }
}
