package com.northpeak.catalog.sku;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/skus")
public class SkuController {

    private final SkuFormat skuFormat;

    public SkuController(SkuFormat skuFormat) {
        this.skuFormat = skuFormat;
    }

    @GetMapping("/check")
    public ResponseEntity<Map<String, Object>> check(@RequestParam("sku") String sku) {
        boolean valid = skuFormat.isValid(sku);
        if (!valid) {
            return ResponseEntity.unprocessableEntity().body(Map.of("sku", sku, "valid", false));
        }
        return ResponseEntity.ok(Map.of("sku", skuFormat.normalize(sku), "valid", true));
    }
}
