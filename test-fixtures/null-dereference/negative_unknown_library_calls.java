// Values from calls whose nullness backlint cannot know (a client type it cannot resolve, an interface of the scanned sources without annotations) are dereferenced without being reported.
import java.util.List;

class FulfilmentGateway {

    interface CarrierDirectory {
        String trackingPrefix(String carrier);

        List<String> activeCarriers();
    }

    private final WarehouseManagementClient wms;
    private final CarrierDirectory carriers;

    FulfilmentGateway(WarehouseManagementClient wms, CarrierDirectory carriers) {
        this.wms = wms;
        this.carriers = carriers;
    }

    String pickList(String orderId) {
        return wms.fetchPickList(orderId).toString().trim();
    }

    String trackingNumber(String carrier, String parcelId) {
        return carriers.trackingPrefix(carrier).toUpperCase() + parcelId;
    }

    int carrierCount() {
        return carriers.activeCarriers().size();
    }
}
