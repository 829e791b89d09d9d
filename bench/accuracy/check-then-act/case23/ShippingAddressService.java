// Customers may change the shipping address of an order until it is packed; the order is
// looked up by its public number, changed and saved.
package checkthenact.case23;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class ShippingAddressService {

    private final CustomerOrderRepository orders;

    public ShippingAddressService(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    public CustomerOrder changeShippingAddress(String orderNumber, ShippingAddress address) {
        var order = orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + orderNumber));
        if (order.getStatus() != CustomerOrder.Status.OPEN) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "order " + orderNumber + " is already packed");
        }
        order.setShippingAddress(address);
        return orders.save(order);
    }
}
