// Client of the product information management system.
package staticfields.case29;

import java.time.Instant;
import java.util.List;

public interface PimClient {

    List<String> changedSince(Instant since);
}
