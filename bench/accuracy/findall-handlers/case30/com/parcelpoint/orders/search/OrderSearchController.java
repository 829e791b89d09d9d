package com.parcelpoint.orders.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/orders")
public class OrderSearchController {

    private static final Duration MAX_WINDOW = Duration.ofDays(366);

    private final CustomerOrderRepository orderRepository;

    public OrderSearchController(CustomerOrderRepository orderRepository) {
        this.orderRepository = orderRepository;
    }

    public record DateRange(LocalDate from, LocalDate to) {
    }

    @PostMapping("/search")
    public List<CustomerOrder> search(@RequestBody DateRange range) {
        if (range.from() == null || range.to() == null || range.to().isBefore(range.from())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid date range");
        }
        if (Duration.between(range.from().atStartOfDay(), range.to().atStartOfDay()).compareTo(MAX_WINDOW) > 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "range too long");
        }
        return orderRepository.findByOrderDateBetween(range.from(), range.to());
    }
}
