// Set.add on a concurrent set used as the check itself: `if (s.add(x))`, `if (!s.add(x)) return`, and the boolean kept in a local; add is atomic and its result says whether this caller won.
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArraySet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class MessageDeduplicator {

    private static final Logger log = LoggerFactory.getLogger(MessageDeduplicator.class);

    record Message(String id, String body) {
    }

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final ConcurrentSkipListSet<Long> acknowledgedOffsets = new ConcurrentSkipListSet<>();
    private final CopyOnWriteArraySet<String> announcedNodes = new CopyOnWriteArraySet<>();
    private final Set<String> warnedSenders = Collections.newSetFromMap(new ConcurrentHashMap<>());

    void handle(Message message) {
        if (seen.add(message.id())) {
            log.info("processing {}", message.id());
        }
    }

    void acknowledge(long offset) {
        if (!acknowledgedOffsets.add(offset)) {
            return;
        }
        log.debug("acknowledged {}", offset);
    }

    void announce(String node) {
        boolean added = announcedNodes.add(node);
        if (added) {
            log.info("node {} joined", node);
        }
    }

    void warn(String sender) {
        if (!warnedSenders.add(sender)) return;
        log.warn("sender {} is over quota", sender);
    }
}
