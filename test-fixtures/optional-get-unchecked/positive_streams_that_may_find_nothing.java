// A collection that is not empty may still have no element a filter keeps, and a test of one collection says nothing of another.
import java.util.List;

class ShipmentPicker {

    record Shipment(String id, boolean express) {
    }

    Shipment firstExpress(List<Shipment> shipments) {
        if (shipments.isEmpty()) {
            return null;
        }
        return shipments.stream().filter(Shipment::express).findFirst().get();  // expect: optional-get-unchecked "findFirst"
    }

    Shipment firstOf(List<Shipment> pending, List<Shipment> archived) {
        if (pending.isEmpty()) {
            return null;
        }
        return archived.stream().findFirst().get();  // expect: optional-get-unchecked "findFirst"
    }
}
