// Order search endpoint: the repository and the page-size limit arrive through the
// constructor, and every request builds its totals and flagged ids in local variables.
package singletons.case01;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import singletons.case01.OrderQueryRepository.OrderRow;

@RestController
@RequestMapping("/api/orders")
public class OrderSearchController {

    private final OrderQueryRepository orders;
    private int maxPageSize;
    private String defaultSort;

    public OrderSearchController(OrderQueryRepository orders,
                                 @Value("${orders.search.max-page-size:100}") int maxPageSize) {
        this.orders = orders;
        this.maxPageSize = maxPageSize;
        this.defaultSort = "created_at";
    }

    @GetMapping
    public ResponseEntity<SearchPage> search(@RequestParam(defaultValue = "") String customer,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size,
                                             @RequestParam(required = false) String sort) {
        int pageSize = Math.min(Math.max(size, 1), maxPageSize);
        String orderBy = sort == null || sort.isBlank() ? defaultSort : sort;
        List<OrderRow> rows = orders.findByCustomer(customer, orderBy, page * pageSize, pageSize);

        var flagged = new ArrayList<String>();
        long totalCents = 0;
        int overdue = 0;
        for (OrderRow row : rows) {
            totalCents += row.amountCents();
            if (row.overdue()) {
                overdue++;
                flagged.add(row.id());
            }
        }
        return ResponseEntity.ok(new SearchPage(rows, totalCents, overdue, List.copyOf(flagged)));
    }

    public record SearchPage(List<OrderRow> rows, long totalCents, int overdue, List<String> flagged) {
    }
}
