// A class annotated with Lombok's @ExtensionMethod: `userId.hasText()` compiles to StringUtils.hasText(userId), a static call that takes null, so a call on a value that may be null is no dereference there.
import lombok.experimental.ExtensionMethod;

@ExtensionMethod(TelemetryManager.Strings.class)
class TelemetryManager {

    static final class Strings {
        static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }

    String userId() {
        String userId = System.getenv("TELEMETRY_USER_ID");
        if (!userId.hasText()) {
            userId = "anonymous";
        }
        return userId;
    }
}
