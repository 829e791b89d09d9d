package com.pantrypal.catalog;

import org.springframework.stereotype.Service;

@Service
public class AvailabilityService {

    public static final int UNLIMITED_SHELF_LIFE = -1;

    public enum Availability { IN_STOCK, LOW, SOLD_OUT }

    public Availability availabilityOf(Product product) {
        Integer stock = product.getStock();
        if (stock == null || stock == 0) {
            return Availability.SOLD_OUT;
        }
        Integer reorderLevel = product.getReorderLevel();
        if (reorderLevel != null && stock <= reorderLevel) {
            return Availability.LOW;
        }
        return Availability.IN_STOCK;
    }

    public boolean isPerishable(Product product) {
        Integer days = product.getShelfLifeDays();
        return days != null && days != UNLIMITED_SHELF_LIFE;
    }
}
