// Event published when the treasury feed announces new rates for some currency pairs.
package staticfields.case21;

import java.util.List;

public record RatesPublished(List<String> pairs) {
}
