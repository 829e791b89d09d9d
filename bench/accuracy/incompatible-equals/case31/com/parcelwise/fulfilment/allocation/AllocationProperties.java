package com.parcelwise.fulfilment.allocation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "fulfilment.allocation")
public class AllocationProperties {

    /** Warehouse ids in the order they should be tried, first is preferred. */
    private List<Long> preferredWarehouseIds = new ArrayList<>();

    private int maxSplitShipments = 2;

    public List<Long> getPreferredWarehouseIds() {
        return preferredWarehouseIds;
    }

    public void setPreferredWarehouseIds(List<Long> preferredWarehouseIds) {
        this.preferredWarehouseIds = preferredWarehouseIds;
    }

    public int getMaxSplitShipments() {
        return maxSplitShipments;
    }

    public void setMaxSplitShipments(int maxSplitShipments) {
        this.maxSplitShipments = maxSplitShipments;
    }
}
