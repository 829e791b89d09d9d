package com.parcelwise.fulfilment.allocation;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class WarehouseRanking {

    private final AllocationProperties properties;

    public WarehouseRanking(AllocationProperties properties) {
        this.properties = properties;
    }

    public List<Warehouse> rank(List<Warehouse> candidates, String destinationCountry) {
        return candidates.stream()
                .filter(Warehouse::isActive)
                .sorted(Comparator.comparingInt((Warehouse w) -> domesticFirst(w, destinationCountry))
                        .thenComparingInt(this::preference))
                .toList();
    }

    private int domesticFirst(Warehouse warehouse, String destinationCountry) {
        return warehouse.getCountryCode().equalsIgnoreCase(destinationCountry) ? 0 : 1;
    }

    private int preference(Warehouse warehouse) {
        List<Long> preferred = properties.getPreferredWarehouseIds();
        int position = preferred.indexOf(warehouse.getCode());
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
