// Country reference data as the geo service returns it.
package checkthenact.case09;

public record CountryInfo(String isoCode, String name, String callingCode, Currency currency) {

    public record Currency(String code, int fractionDigits) {
    }
}
