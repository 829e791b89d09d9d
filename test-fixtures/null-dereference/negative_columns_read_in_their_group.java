// Columns of an optional group read under a test of another column of the same row: the token's timestamps are set whenever its value is.
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

class AuthorizationRowMapper {

    record Token(String value, Instant issuedAt, Instant expiresAt) {
    }

    Token code(ResultSet rs) throws SQLException {
        String codeValue = rs.getString("authorization_code_value");
        if (codeValue != null && !codeValue.isEmpty()) {
            Instant issuedAt = rs.getObject("authorization_code_issued_at", Instant.class).plusSeconds(0);
            Instant expiresAt = rs.getObject("authorization_code_expires_at", Instant.class).plusSeconds(0);
            return new Token(codeValue, issuedAt, expiresAt);
        }
        return null;
    }

    Token access(ResultSet rs) throws SQLException {
        String accessValue = lob(rs, "access_token_value");
        if (hasText(accessValue)) {
            return new Token(accessValue, rs.getObject("access_token_issued_at", Instant.class).plusSeconds(0), null);
        }
        return null;
    }

    private static String lob(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
