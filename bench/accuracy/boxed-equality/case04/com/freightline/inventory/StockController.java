package com.freightline.inventory;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/warehouses")
public class StockController {

    private final StockLookup stockLookup;

    public StockController(StockLookup stockLookup) {
        this.stockLookup = stockLookup;
    }

    public record StockLine(String sku, int quantity) {
    }

    @GetMapping("/{warehouseId}/stock")
    public List<StockLine> stockOf(@PathVariable Long warehouseId,
                                   @RequestParam(name = "sku") List<String> skus) {
        return stockLookup.findBySkus(skus).stream()
                .filter(item -> item.getWarehouseId() == warehouseId)
                .map(item -> new StockLine(item.getSku(), item.getQuantity() == null ? 0 : item.getQuantity()))
                .toList();
    }
}
