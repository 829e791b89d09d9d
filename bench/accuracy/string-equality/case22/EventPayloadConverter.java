package streq.case22;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

@Component
public class EventPayloadConverter {

    private final Class<?> expectedType;

    public EventPayloadConverter(Class<?> expectedType) {
        this.expectedType = expectedType;
    }

    public byte[] toBytes(Object payload) {
        if (payload instanceof byte[] raw) {
            return raw;
        }
        if (payload.getClass() == expectedType || payload.getClass() == String.class) {
            return payload.toString().getBytes(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("Unsupported payload " + payload.getClass());
    }
}
