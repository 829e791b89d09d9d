package com.medsupply.inventory.web;

import com.medsupply.inventory.stock.StockItem;
import com.medsupply.inventory.stock.StockService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/inventory")
public class InventoryExportController {

    private final StockService stockService;

    public InventoryExportController(StockService stockService) {
        this.stockService = stockService;
    }

    @GetMapping("/{siteCode}/export.csv")
    public ResponseEntity<byte[]> exportCsv(@PathVariable String siteCode) {
        List<StockItem> items = stockService.itemsAt(siteCode);
        StringBuilder csv = new StringBuilder("sku,lot,quantity,expires\n");
        for (StockItem item : items) {
            csv.append(item.getSku()).append(',')
                    .append(item.getLotNumber()).append(',')
                    .append(item.getQuantity()).append(',')
                    .append(item.getExpiresOn()).append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(siteCode + "-stock.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
