// Feature flags: the toggles bean answers from a map that is reloaded from the flag
// service every thirty seconds.
package singletons.case40;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration
@EnableScheduling
public class FeatureFlagConfig {

    private final FeatureFlagClient client;
    private Map<String, Boolean> flags = Map.of(); // shared

    public FeatureFlagConfig(FeatureFlagClient client) {
        this.client = client;
    }

    @Bean
    public FeatureToggles featureToggles() {
        return name -> flags.getOrDefault(name, Boolean.FALSE);
    }

    @Scheduled(fixedRateString = "${features.refresh-ms:30000}")
    public void refreshFlags() {
        flags = client.fetchFlags().stream()
                .collect(Collectors.toUnmodifiableMap(FeatureFlagClient.Flag::name, FeatureFlagClient.Flag::enabled));
    }
}
