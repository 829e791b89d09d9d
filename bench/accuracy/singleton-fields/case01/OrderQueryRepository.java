// Read side of the order search: a JdbcClient query with a whitelisted sort column.
package singletons.case01;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrderQueryRepository {

    private static final Set<String> SORTABLE = Set.of("created_at", "amount_cents", "due_date");

    private final JdbcClient jdbc;

    public OrderQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderRow> findByCustomer(String customer, String orderBy, int offset, int limit) {
        String column = SORTABLE.contains(orderBy) ? orderBy : "created_at";
        return jdbc.sql("""
                        SELECT id, amount_cents, due_date < CURRENT_DATE AND paid_at IS NULL AS overdue
                          FROM orders
                         WHERE customer_ref LIKE :customer
                         ORDER BY %s DESC
                         LIMIT :limit OFFSET :offset""".formatted(column))
                .param("customer", customer + "%")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new OrderRow(rs.getString("id"), rs.getLong("amount_cents"), rs.getBoolean("overdue")))
                .list();
    }

    public record OrderRow(String id, long amountCents, boolean overdue) {
    }
}
