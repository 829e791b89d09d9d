// Carrier price lists, refreshed nightly by the logistics integration.
package singletons.case19;

public interface CarrierRateTable {

    String cheapestCarrier(String destinationCountry);

    long priceCents(String carrier, String destinationCountry, int weightGrams);
}
