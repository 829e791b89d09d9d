// Check-then-put on plain HashMap, HashSet, LinkedHashMap and TreeMap fields: not concurrent collections (another rule covers their unsynchronised use), so check-then-act stays quiet.
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

@Service
class LegacyAddressBook {

    record Address(String street, String city, String postcode) {
    }

    private final Map<String, Address> byCustomer = new HashMap<>();
    private final HashSet<String> verifiedPostcodes = new HashSet<>();
    private final LinkedHashMap<String, Instant> lastLookup = new LinkedHashMap<>();
    private final Map<String, Address> sortedByPostcode;

    LegacyAddressBook() {
        sortedByPostcode = new TreeMap<>();
    }

    void save(String customerId, Address address) {
        if (!byCustomer.containsKey(customerId)) {
            byCustomer.put(customerId, address);
        }
        if (!verifiedPostcodes.contains(address.postcode())) {
            verifiedPostcodes.add(address.postcode());
        }
    }

    Address lookup(String customerId) {
        if (lastLookup.get(customerId) == null) {
            lastLookup.put(customerId, Instant.now());
        }
        var address = sortedByPostcode.get(customerId);
        if (address == null) {
            address = byCustomer.get(customerId);
            sortedByPostcode.put(customerId, address);
        }
        return address;
    }
}
