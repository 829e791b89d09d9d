// Parcel carriers the shop can quote.
package httpclients.case27;

public enum Carrier {
    UPS, FEDEX, DHL, POSTNL
}
