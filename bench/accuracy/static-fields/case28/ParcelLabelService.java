// Text lines of the parcel label sent to the label printer.
package staticfields.case28;

import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class ParcelLabelService {

    public List<String> labelLines(long orderId, String recipient, String postcode) {
        var reference = ParcelReferenceCodec.encode(orderId);
        return List.of(recipient, postcode, "REF " + reference);
    }

    public long orderIdFromScan(String scanned) {
        return ParcelReferenceCodec.decode(scanned.replace("REF ", "").strip());
    }
}
