// Routing of support tickets to queues by product and language.
package staticfields.case35;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.springframework.stereotype.Service;

@Service
public class TicketRoutingService {

    private static final ImmutableMap<String, String> QUEUE_BY_PRODUCT = ImmutableMap.of(
            "billing", "finance-l1",
            "api", "platform-l2",
            "mobile", "apps-l1");
    private static final ImmutableSet<String> SUPPORTED_LANGUAGES = ImmutableSet.of("en", "de", "fr", "es");
    private static final ImmutableList<String> ESCALATION_CHAIN = ImmutableList.of("l1", "l2", "engineering");
    private static final Splitter TAG_SPLITTER = Splitter.on(',').trimResults().omitEmptyStrings();

    public RoutingDecision route(Ticket ticket) {
        var queue = QUEUE_BY_PRODUCT.getOrDefault(ticket.product(), "general-l1");
        var language = SUPPORTED_LANGUAGES.contains(ticket.language()) ? ticket.language() : "en";
        var tags = ImmutableList.<String>builder()
                .addAll(TAG_SPLITTER.split(ticket.rawTags()))
                .add("lang:" + language)
                .build();
        var level = ticket.priority() > 2 ? ESCALATION_CHAIN.get(1) : ESCALATION_CHAIN.get(0);
        return new RoutingDecision(queue + "-" + language, tags, level);
    }
}
