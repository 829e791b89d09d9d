// A parcel waiting at the warehouse dock and the pickup request sent for it.
package ignoredfutures.case11;

public record Parcel(long id, String trackingNumber, String warehouseCode, int weightGrams) {

    public record PickupRequest(String trackingNumber, String location, int weightGrams) {
    }
}
