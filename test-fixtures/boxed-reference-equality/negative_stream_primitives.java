// Order report queries whose stream terminals return primitives (count, sum, OptionalLong.getAsLong, size, frequency) compared with boxed values.
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class OrderReportQueries {

    public boolean expectedOrderCount(List<PurchaseOrder> orders, Long customerId, Long expected) {
        return orders.stream().filter(o -> customerId.equals(o.getCustomerId())).count() == expected;
    }

    public boolean totalQuantityIs(List<PurchaseOrder> orders, Integer target) {
        return orders.stream().mapToInt(PurchaseOrder::getQuantity).sum() == target;
    }

    public boolean newestIs(List<Long> orderIds, Long orderId) {
        return orderIds.stream().mapToLong(Long::longValue).max().getAsLong() == orderId;
    }

    public boolean pageFull(List<PurchaseOrder> orders, Integer pageSize) {
        return orders.size() == pageSize;
    }

    public boolean appearsTwice(List<Long> orderIds, Long orderId) {
        return Collections.frequency(orderIds, orderId) == 2;
    }

    public List<Long> nonZero(List<Long> orderIds) {
        return orderIds.stream().filter(id -> id != 0L).toList();
    }
}
