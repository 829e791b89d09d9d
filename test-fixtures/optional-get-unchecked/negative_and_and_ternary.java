// get() guarded in the same expression: `opt.isPresent() && opt.get()…`, `opt.isEmpty() || opt.get()…`, and ternaries in both orders.
import java.util.Optional;

class FeatureToggleEvaluator {

    record Toggle(String name, boolean enabled, int rolloutPercent) {
    }

    boolean enabled(Optional<Toggle> toggle) {
        return toggle.isPresent() && toggle.get().enabled();
    }

    boolean fullyRolledOutOrMissing(Optional<Toggle> toggle) {
        return toggle.isEmpty() || toggle.get().rolloutPercent() == 100;
    }

    int rollout(Optional<Toggle> toggle) {
        return toggle.isPresent() ? toggle.get().rolloutPercent() : 0;
    }

    String name(Optional<Toggle> toggle) {
        return toggle.isEmpty() ? "default" : toggle.get().name();
    }
}
