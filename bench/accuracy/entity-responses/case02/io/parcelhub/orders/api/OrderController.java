package io.parcelhub.orders.api;

import io.parcelhub.orders.model.Order;
import io.parcelhub.orders.model.OrderRepository;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/v1/orders")
public class OrderController {

    public record OrderDto(Long id, String reference, BigDecimal total, String status, Instant placedAt) {
    }

    private final OrderRepository orders;

    public OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping
    public List<OrderDto> ordersOf(@RequestParam("email") String email) {
        var found = orders.findByCustomerEmailIgnoreCase(email.trim(), Sort.by(Sort.Direction.DESC, "placedAt"));
        return found.stream()
                .map(OrderController::toDto)
                .toList();
    }

    private static OrderDto toDto(Order order) {
        return new OrderDto(
                order.getId(),
                order.getReference(),
                order.getTotal(),
                order.getStatus().name(),
                order.getPlacedAt());
    }
}
