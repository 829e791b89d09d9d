// Client of the carrier's rate sheet download.
package staticfields.case34;

import java.math.BigDecimal;
import java.util.List;

public interface CarrierRateClient {

    List<RateLine> fetchRateSheet();

    record RateLine(String zone, String service, BigDecimal price) {
    }
}
