// Check-then-put on concurrent fields while the object is built, before it is published: in constructors, a @PostConstruct method, a static initialiser, and inside a forEach lambda in each of them.
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.PostConstruct;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
class CurrencyTable {

    record Currency(String code, int minorUnits) {
    }

    private static final ConcurrentMap<String, Currency> BUILT_IN = new ConcurrentHashMap<>();
    private static final Set<String> ZERO_DECIMAL = ConcurrentHashMap.newKeySet();

    static {
        for (var currency : List.of(new Currency("EUR", 2), new Currency("JPY", 0), new Currency("KWD", 3))) {
            if (!BUILT_IN.containsKey(currency.code())) {
                BUILT_IN.put(currency.code(), currency);
            }
        }
        List.of("JPY", "KRW", "VND").forEach(code -> {
            if (!ZERO_DECIMAL.contains(code)) {
                ZERO_DECIMAL.add(code);
            }
        });
    }

    private final ConcurrentHashMap<String, Currency> custom = new ConcurrentHashMap<>();

    CurrencyTable(@Value("${currencies.custom:XBT}") List<String> customCodes) {
        for (String code : customCodes) {
            if (custom.get(code) == null) {
                custom.put(code, new Currency(code, 8));
            }
        }
        customCodes.forEach(code -> {
            if (!custom.containsKey(code.toLowerCase())) {
                custom.put(code.toLowerCase(), new Currency(code, 8));
            }
        });
    }

    Currency currency(String code) {
        return custom.getOrDefault(code, BUILT_IN.get(code));
    }
}

@Service
class RegionDirectory {

    private final Map<String, ZoneId> zoneByRegion = new ConcurrentHashMap<>();
    private final Set<String> knownRegions = ConcurrentHashMap.newKeySet();
    private final List<String> configuredRegions;

    RegionDirectory(@Value("${regions:eu-west-1,us-east-1}") List<String> configuredRegions) {
        this.configuredRegions = configuredRegions;
    }

    @PostConstruct
    void loadRegions() {
        for (String region : configuredRegions) {
            var zone = zoneByRegion.get(region);
            if (zone == null) {
                zone = region.startsWith("eu") ? ZoneId.of("Europe/Dublin") : ZoneId.of("America/New_York");
                zoneByRegion.put(region, zone);
            }
        }
        configuredRegions.forEach(region -> {
            if (knownRegions.contains(region)) {
                return;
            }
            knownRegions.add(region);
        });
    }

    ZoneId zone(String region) {
        return zoneByRegion.getOrDefault(region, ZoneId.of("UTC"));
    }
}
