// Singleton fields request paths only read: final fields of immutable types (String, Duration, BigDecimal, List.of, a Guava ImmutableMap, a record), a final HashMap filled in the constructor, a non-final field nobody writes, and volatile flags set only to constants.
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class ShippingQuoteService {

    record CarrierAccount(String carrier, String accountNumber) {
    }

    private final String carrier;
    private final Duration cutoffBeforeClose;
    private final BigDecimal fuelSurcharge = new BigDecimal("1.35");
    private final List<String> zones = List.of("EU", "UK", "US");
    private final ImmutableMap<String, BigDecimal> ratesByZone = ImmutableMap.of("EU", new BigDecimal("4.90"), "UK", new BigDecimal("7.50"));
    private final CarrierAccount account;
    private final Map<String, Integer> transitDays = new HashMap<>();
    private String region = "eu-west-1";

    ShippingQuoteService(@Value("${shipping.carrier:dhl}") String carrier, @Value("${shipping.account:0000}") String accountNumber) {
        this.carrier = carrier;
        this.cutoffBeforeClose = Duration.ofHours(2);
        this.account = new CarrierAccount(carrier, accountNumber);
        transitDays.put("EU", 2);
        transitDays.put("UK", 3);
        transitDays.put("US", 6);
    }

    BigDecimal quote(String zone, LocalTime now) {
        if (!zones.contains(zone) || !transitDays.containsKey(zone)) {
            throw new IllegalArgumentException(carrier + " does not ship to " + zone + " from " + region);
        }
        var rate = ratesByZone.getOrDefault(zone, BigDecimal.TEN).multiply(fuelSurcharge);
        return now.isAfter(LocalTime.of(18, 0).minus(cutoffBeforeClose)) ? rate.add(BigDecimal.ONE) : rate;
    }

    String label(String zone) {
        return account.accountNumber() + "/" + zone + "/" + transitDays.get(zone) + "d";
    }
}

@Component
class MaintenanceSwitch {

    enum SwitchMode { NORMAL, READ_ONLY }

    private volatile boolean maintenance;
    private volatile boolean draining = false;
    private volatile SwitchMode mode = SwitchMode.NORMAL;
    private volatile String banner;

    void enterMaintenance() {
        maintenance = true;
        mode = SwitchMode.READ_ONLY;
        banner = "Back soon";
    }

    void leaveMaintenance() {
        maintenance = false;
        mode = SwitchMode.NORMAL;
        banner = null;
    }

    void drain() {
        draining = true;
    }

    boolean accepting() {
        return !maintenance && !draining && mode == SwitchMode.NORMAL;
    }

    String banner() {
        return banner;
    }
}
