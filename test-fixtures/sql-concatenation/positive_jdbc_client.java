// Spring 6.1 JdbcClient.sql(..) given concatenated or formatted SQL, with and without bound parameters after it.
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

class VoucherRepository {

    record Voucher(long id, String code, int discountPercent) {}

    private final JdbcClient jdbcClient;

    VoucherRepository(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    Optional<Voucher> byCode(String code) {
        return jdbcClient.sql("SELECT id, code, discount_percent FROM vouchers WHERE code = '" + code + "'")  // expect: sql-concatenation "from `code`"
                .query(Voucher.class)
                .optional();
    }

    List<Voucher> search(String column, String value) {
        return jdbcClient.sql("SELECT id, code, discount_percent FROM vouchers WHERE %s = :value".formatted(column))  // expect: sql-concatenation "from `column`"
                .param("value", value)
                .query(Voucher.class)
                .list();
    }

    int expire(String campaignTable) {
        return jdbcClient
                .sql("UPDATE " + campaignTable + " SET expired = true WHERE valid_until < now()")  // expect: sql-concatenation "from `campaignTable`"
                .update();
    }

    List<Voucher> active() {
        return jdbcClient.sql("SELECT id, code, discount_percent FROM vouchers WHERE expired = false")
                .query(Voucher.class)
                .list();
    }
}
