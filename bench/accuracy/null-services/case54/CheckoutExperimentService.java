package nulls.case54;

import java.util.Locale;
import java.util.Objects;

import com.acme.platform.flags.FeatureFlagClient;
import com.acme.platform.flags.Variant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;

@Service
public class CheckoutExperimentService {

    private final FeatureFlagClient flagClient;
    private final ObjectMapper objectMapper;

    public CheckoutExperimentService(FeatureFlagClient flagClient, ObjectMapper objectMapper) {
        this.flagClient = flagClient;
        this.objectMapper = objectMapper;
    }

    public String checkoutVariant(String userId) {
        Variant variant = flagClient.evaluate("checkout-redesign", userId);
        return variant.name().toLowerCase(Locale.ROOT);
    }

    public long customerIdFrom(String webhookPayload) throws JsonProcessingException {
        JsonNode root = objectMapper.readTree(webhookPayload);
        return root.path("data").path("customer").path("id").asLong();
    }

    public String region(HttpServletRequest request) {
        return Objects.requireNonNullElse(request.getHeader("X-Region"), "eu").toLowerCase(Locale.ROOT);
    }
}
