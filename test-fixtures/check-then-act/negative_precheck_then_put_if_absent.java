// A cheap pre-check on a concurrent map that only avoids building the value, followed by the atomic putIfAbsent / computeIfAbsent; the put itself never overwrites a concurrent writer.
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class TemplateRegistry {

    private static final Logger log = LoggerFactory.getLogger(TemplateRegistry.class);

    record CompiledTemplate(String name, String source, Instant compiledAt) {
    }

    private final ConcurrentMap<String, CompiledTemplate> compiled = new ConcurrentHashMap<>();

    CompiledTemplate template(String name, String source) {
        if (!compiled.containsKey(name)) {
            var template = new CompiledTemplate(name, source.strip(), Instant.now());
            var raced = compiled.putIfAbsent(name, template);
            if (raced != null) {
                log.debug("template {} compiled concurrently", name);
            }
        }
        return compiled.get(name);
    }

    CompiledTemplate templateByGet(String name, String source) {
        var existing = compiled.get(name);
        if (existing == null) {
            var fresh = new CompiledTemplate(name, source, Instant.now());
            existing = compiled.putIfAbsent(name, fresh);
            if (existing == null) {
                existing = fresh;
            }
        }
        return existing;
    }
}

@Component
class MetricNameRegistry {

    private final Map<String, String> normalised = new ConcurrentHashMap<>();

    String normalise(String metric) {
        if (normalised.get(metric) == null) {
            normalised.computeIfAbsent(metric, m -> m.toLowerCase().replace(' ', '_'));
        }
        return normalised.get(metric);
    }

    String normaliseEarly(String metric) {
        if (normalised.containsKey(metric)) {
            return normalised.get(metric);
        }
        normalised.putIfAbsent(metric, metric.toLowerCase());
        return normalised.get(metric);
    }
}
