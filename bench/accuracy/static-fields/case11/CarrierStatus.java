// Shipment status codes sent by the carrier, mapped to our own states.
package staticfields.case11;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public enum CarrierStatus {
    PICKED_UP("PU"),
    IN_TRANSIT("IT"),
    OUT_FOR_DELIVERY("OD"),
    DELIVERED("DL"),
    RETURNED("RT");

    private static final Map<String, CarrierStatus> BY_CODE = new HashMap<>();

    static {
        Arrays.stream(values()).forEach(status -> BY_CODE.put(status.code, status));
    }

    private final String code;

    CarrierStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CarrierStatus fromCode(String code) {
        var status = BY_CODE.get(code);
        if (status == null) {
            throw new IllegalArgumentException("unknown carrier status " + code);
        }
        return status;
    }

    public boolean terminal() {
        return switch (this) {
            case DELIVERED, RETURNED -> true;
            default -> false;
        };
    }
}
