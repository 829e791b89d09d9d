// A class annotated with Lombok's @ExtensionMethod: `userId.hasText()` compiles to Strings.hasText(userId), a static helper of the class the annotation names, which takes null. A call the helper class does not declare is still a dereference: see positive_calls_beside_lombok_extension_methods.java.
import lombok.experimental.ExtensionMethod;

@ExtensionMethod(TelemetryStrings.class)
class TelemetryManager {

    String userId() {
        String userId = System.getenv("TELEMETRY_USER_ID");
        if (!userId.hasText()) {
            userId = "anonymous";
        }
        return userId;
    }
}

final class TelemetryStrings {

    private TelemetryStrings() {
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
