package com.northwind.orders.web;

import com.northwind.orders.service.OrderService;
import com.northwind.orders.service.OrderService.OrderSummary;
import com.northwind.orders.service.OrderService.PlaceOrderCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final OrderService orderService;

    public OrderController(OrderService orderService) {
        this.orderService = orderService;
    }

    @PostMapping
    public ResponseEntity<OrderSummary> create(@RequestBody CreateOrderRequest request) {
        var command = new PlaceOrderCommand(request.customerId(), request.lines().stream()
                .map(line -> new OrderService.Line(line.sku(), line.quantity()))
                .toList(), request.couponCode());
        System.out.println("Creating order for customer " + request.customerId() + ": " + command);
        OrderSummary created = orderService.placeOrder(command);
        return ResponseEntity.created(URI.create("/api/orders/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    public ResponseEntity<OrderSummary> get(@PathVariable long id) {
        return orderService.findOrder(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    public record CreateOrderRequest(long customerId, List<LineRequest> lines, String couponCode) {
    }

    public record LineRequest(String sku, int quantity) {
    }
}
