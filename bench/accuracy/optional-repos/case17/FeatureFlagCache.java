package opt.case17;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class FeatureFlagCache {

    private final FeatureFlagRepository flagRepository;
    private final Map<String, Boolean> decisions = new ConcurrentHashMap<>();

    public FeatureFlagCache(FeatureFlagRepository flagRepository) {
        this.flagRepository = flagRepository;
    }

    public boolean isOn(String flagName, boolean forceReload) {
        Optional<FeatureFlag> flag = flagRepository.findById(flagName);
        if (flag.isPresent() || forceReload) {
            FeatureFlag current = flag.get(); // get
            boolean on = current.isEnabled() && current.getRolloutPercent() > 0;
            decisions.put(flagName, on);
            return on;
        }
        return decisions.getOrDefault(flagName, false);
    }
}
