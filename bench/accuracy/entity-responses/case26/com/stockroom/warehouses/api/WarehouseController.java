package com.stockroom.warehouses.api;

import com.stockroom.warehouses.data.Warehouse;
import com.stockroom.warehouses.data.WarehouseRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v2/warehouses")
public class WarehouseController {

    public record Capacity(String code, int totalSlots, int freeSlots) {
    }

    private final WarehouseRepository warehouses;

    public WarehouseController(WarehouseRepository warehouses) {
        this.warehouses = warehouses;
    }

    @GetMapping
    public Iterable<Warehouse> listWarehouses() {
        return warehouses.findAll();
    }

    @GetMapping("/{code}/capacity")
    public ResponseEntity<Capacity> capacity(@PathVariable String code) {
        return warehouses.findById(code)
                .map(w -> new Capacity(w.getCode(), w.getTotalSlots(), w.getTotalSlots() - w.getOccupiedSlots()))
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }
}
