// Resolves the carrier's shipping zone of a postcode at checkout; zones are looked up by
// postcode prefix at the carrier and remembered per prefix.
package checkthenact.case13;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

@Component
public class ShippingZoneResolver {

    private final Map<String, ShippingZone> zonesByPrefix = new ConcurrentHashMap<>();
    private final CarrierZoneClient carrier;

    public ShippingZoneResolver(CarrierZoneClient carrier) {
        this.carrier = carrier;
    }

    public ShippingZone zoneFor(String countryCode, String postcode) {
        var normalized = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        var prefix = countryCode + ":" + normalized.substring(0, Math.min(3, normalized.length()));
        if (zonesByPrefix.containsKey(prefix)) { // race
            return zonesByPrefix.get(prefix);
        }
        var zone = carrier.lookupZone(countryCode, normalized);
        zonesByPrefix.put(prefix, zone);
        return zone;
    }

    public void forget(String countryCode) {
        zonesByPrefix.keySet().removeIf(key -> key.startsWith(countryCode + ":"));
    }
}
