package com.craftcart.sales.stats;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SalesStatsController {

    private final SalesOrderRepository salesOrderRepository;

    public SalesStatsController(SalesOrderRepository salesOrderRepository) {
        this.salesOrderRepository = salesOrderRepository;
    }

    public record ShopStats(long shopId, long orders, long itemsSold, BigDecimal revenue) {
    }

    @GetMapping("/shops/{shopId}/stats")
    public ShopStats stats(@PathVariable long shopId) {
        List<SalesOrder> orders = salesOrderRepository.findByShopId(shopId);
        long itemsSold = orders.stream().mapToLong(SalesOrder::getItemCount).sum();
        BigDecimal revenue = orders.stream()
                .map(SalesOrder::getTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ShopStats(shopId, orders.size(), itemsSold, revenue);
    }
}
