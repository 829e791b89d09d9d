package streq.case24;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Service;

@Service
public class CustomerOrderService {

    private final List<CustomerOrder> orders = new CopyOnWriteArrayList<>();

    public void record(CustomerOrder order) {
        orders.add(order);
    }

    public List<CustomerOrder> history(long customerId) {
        return orders.stream()
                .filter(o -> o.customerId() == customerId)
                .sorted(Comparator.comparing(CustomerOrder::placedAt).reversed())
                .toList();
    }

    public BigDecimal lifetimeValue(long customerId) {
        return history(customerId).stream()
                .map(CustomerOrder::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
