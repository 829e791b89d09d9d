// A REST controller returning findAll() of an in-memory ConcurrentHashMap store of feature flags, not a Spring Data repository.
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record FeatureFlag(String key, boolean enabled, int rolloutPercent) {
}

@Component
class FeatureFlagStore {

    private final Map<String, FeatureFlag> flags = new ConcurrentHashMap<>();

    public Optional<FeatureFlag> findByKey(String key) {
        return Optional.ofNullable(flags.get(key));
    }

    public List<FeatureFlag> findAll() {
        return flags.values().stream()
                .sorted(Comparator.comparing(FeatureFlag::key))
                .toList();
    }

    public FeatureFlag save(FeatureFlag flag) {
        flags.put(flag.key(), flag);
        return flag;
    }
}

@RestController
@RequestMapping("/api/flags")
class FeatureFlagController {

    private final FeatureFlagStore store;

    FeatureFlagController(FeatureFlagStore store) {
        this.store = store;
    }

    @GetMapping
    public List<FeatureFlag> all() {
        return store.findAll();
    }

    @GetMapping("/{key}")
    public ResponseEntity<FeatureFlag> one(@PathVariable String key) {
        return ResponseEntity.of(store.findByKey(key));
    }

    @PutMapping("/{key}")
    public FeatureFlag update(@PathVariable String key, @RequestBody FeatureFlag body) {
        return store.save(new FeatureFlag(key, body.enabled(), body.rolloutPercent()));
    }
}
