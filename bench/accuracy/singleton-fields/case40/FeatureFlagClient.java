// Client of the central feature flag service.
package singletons.case40;

import java.util.List;

public interface FeatureFlagClient {

    List<Flag> fetchFlags();

    record Flag(String name, boolean enabled) {
    }
}
