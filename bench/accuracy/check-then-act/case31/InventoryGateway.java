// Stock levels from the inventory service, called through the per-host bulkhead.
package checkthenact.case31;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class InventoryGateway {

    private static final String HOST = "inventory.internal";

    private final RestClient inventoryRestClient;

    public InventoryGateway(RestClient inventoryRestClient) {
        this.inventoryRestClient = inventoryRestClient;
    }

    public int available(String sku) {
        return DownstreamBulkhead.call(HOST, () -> inventoryRestClient.get()
                .uri("/stock/{sku}", sku)
                .retrieve()
                .body(StockLevel.class)
                .available());
    }

    record StockLevel(String sku, int available, int reserved) {
    }
}
