// Country reference data (names, calling codes, currency) looked up by ISO code from the
// geo service, and region lists built from it.
package checkthenact.case09;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class CountryLookupService extends AbstractReferenceDataCache<String, CountryInfo> {

    private final RestClient geoClient;

    public CountryLookupService(RestClient geoClient) {
        this.geoClient = geoClient;
    }

    @Override
    public String name() {
        return "countries";
    }

    public CountryInfo byIsoCode(String isoCode) {
        var code = isoCode.toUpperCase(Locale.ROOT);
        if (entries.get(code) == null) { // race
            entries.put(code, fetch(code));
        }
        return entries.get(code);
    }

    public CountryInfo.Currency currencyOf(String isoCode) {
        return cached("currency:" + isoCode, key -> fetch(isoCode)).currency();
    }

    public List<CountryInfo> byRegion(List<String> isoCodes) {
        return isoCodes.stream().map(this::byIsoCode).toList();
    }

    private CountryInfo fetch(String code) {
        return geoClient.get().uri("/countries/{code}", code).retrieve().body(CountryInfo.class);
    }
}
