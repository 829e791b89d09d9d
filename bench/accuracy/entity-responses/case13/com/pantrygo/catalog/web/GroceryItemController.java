package com.pantrygo.catalog.web;

import com.pantrygo.catalog.item.GroceryItem;
import com.pantrygo.catalog.item.GroceryItemRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RestController
@RequestMapping(path = "/api/items", produces = "application/json")
public class GroceryItemController {

    private final GroceryItemRepository items;

    public GroceryItemController(GroceryItemRepository items) {
        this.items = items;
    }

    @GetMapping("/by-barcode/{barcode}")
    public Optional<GroceryItem> byBarcode(@PathVariable String barcode) {
        String normalized = barcode.replaceAll("[^0-9]", "");
        if (normalized.length() != 13) {
            return Optional.empty();
        }
        return items.findByBarcode(normalized);
    }

    @GetMapping("/categories")
    public List<String> categories() {
        return items.findDistinctCategories().stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
    }
}
