package nulls.case56;

import java.util.Map;

import com.google.common.base.Preconditions;

import org.springframework.stereotype.Service;
import org.springframework.util.Assert;

@Service
public class WarehouseAllocationService {

    private static final String FALLBACK_CODE = "CENTRAL";

    public interface Warehouse {
        String code();

        int freeCapacity();

        void reserve(String sku, int quantity);

        void receive(String sku, int quantity);
    }

    public record Allocation(String warehouseCode, String sku, int quantity) {
    }

    private final Map<String, Warehouse> warehousesByRegion;
    private final Map<String, Warehouse> warehousesByCode;

    public WarehouseAllocationService(Map<String, Warehouse> warehousesByRegion,
                                      Map<String, Warehouse> warehousesByCode) {
        this.warehousesByRegion = warehousesByRegion;
        this.warehousesByCode = warehousesByCode;
    }

    public Allocation allocate(String region, String sku, int quantity) {
        Warehouse primary = warehousesByRegion.get(region);
        Assert.notNull(primary, () -> "no warehouse serves region " + region);
        if (primary.freeCapacity() >= quantity) {
            primary.reserve(sku, quantity);
            return new Allocation(primary.code(), sku, quantity);
        }
        Warehouse fallback = warehousesByCode.get(FALLBACK_CODE);
        assert fallback != null : "fallback warehouse is not configured";
        fallback.reserve(sku, quantity);
        return new Allocation(fallback.code(), sku, quantity);
    }

    public void transfer(String fromCode, String toCode, String sku, int quantity) {
        Warehouse source = warehousesByCode.get(fromCode);
        Preconditions.checkNotNull(source, "unknown warehouse %s", fromCode);
        Warehouse target = Preconditions.checkNotNull(warehousesByCode.get(toCode), "unknown warehouse %s", toCode);
        source.reserve(sku, quantity);
        target.receive(sku, quantity);
    }
}
