// Racy check-then-acts next to their safe neighbours in the same classes: the racy ones are marked; a pre-check followed by putIfAbsent, a check of one key with a put of another, a computeIfAbsent and a synchronized block are not.
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class ShortLinkService {

    private static final Logger log = LoggerFactory.getLogger(ShortLinkService.class);

    record Link(String code, String target, Instant createdAt) {
    }

    private final ConcurrentHashMap<String, Link> linksByCode = new ConcurrentHashMap<>();
    private final Set<String> blockedTargets = ConcurrentHashMap.newKeySet();
    private final Object blocklistLock = new Object();

    Link shorten(String code, String target) {
        if (!linksByCode.containsKey(code)) { // expect: check-then-act "`linksByCode`"
            linksByCode.put(code, new Link(code, target, Instant.now()));
        }
        return linksByCode.get(code);
    }

    Link shortenSafely(String code, String target) {
        if (!linksByCode.containsKey(code)) {
            linksByCode.putIfAbsent(code, new Link(code, target, Instant.now()));
        }
        return linksByCode.get(code);
    }

    void migrateLegacy(String legacyCode, String code, String target) {
        if (!linksByCode.containsKey(legacyCode)) {
            linksByCode.put(code, new Link(code, target, Instant.now()));
        }
    }

    Link resolve(String code) {
        return linksByCode.computeIfAbsent(code, c -> new Link(c, "https://example.com/", Instant.now()));
    }

    void block(String target) {
        if (blockedTargets.contains(target)) return; // expect: check-then-act "`blockedTargets`"
        blockedTargets.add(target);
        log.info("blocked {}", target);
    }

    void blockAudited(String target) {
        synchronized (blocklistLock) {
            if (!blockedTargets.contains(target)) {
                blockedTargets.add(target);
                log.info("blocked {} (audited)", target);
            }
        }
    }
}

@Service
class LocaleMessageBundles {

    private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();

    Map<String, String> bundle(String locale) {
        Map<String, String> bundle = bundles.get(locale);
        if (bundle == null) { // expect: check-then-act "`bundles`"
            bundle = Map.of("greeting", "hello", "locale", locale);
            bundles.put(locale, bundle);
        }
        return bundle;
    }

    Map<String, String> bundleAtomically(String locale) {
        return bundles.computeIfAbsent(locale, l -> Map.of("greeting", "hello", "locale", l));
    }
}
