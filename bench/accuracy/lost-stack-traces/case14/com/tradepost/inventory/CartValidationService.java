package com.tradepost.inventory;

import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class CartValidationService {

    private final StockLevelClient stock;

    public CartValidationService(StockLevelClient stock) {
        this.stock = stock;
    }

    public List<String> unavailableSkus(List<CartLine> lines, String warehouse) {
        return lines.stream()
                .filter(line -> stock.available(line.sku(), warehouse) < line.quantity())
                .map(CartLine::sku)
                .toList();
    }

    public record CartLine(String sku, int quantity) {
    }
}
