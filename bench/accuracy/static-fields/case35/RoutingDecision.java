// Where a ticket goes: its queue, tags and support level.
package staticfields.case35;

import java.util.List;

public record RoutingDecision(String queue, List<String> tags, String level) {
}
