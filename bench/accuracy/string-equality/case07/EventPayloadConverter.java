package streq.case07;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

@Component
public class EventPayloadConverter {

    private final String expectedType;

    public EventPayloadConverter(String expectedType) {
        this.expectedType = expectedType;
    }

    public byte[] toBytes(Object payload) {
        if (payload instanceof byte[] raw) {
            return raw;
        }
        if (payload.getClass().getSimpleName() == expectedType) {
            return payload.toString().getBytes(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("Unsupported payload " + payload.getClass());
    }
}
