// In a class annotated with Lombok's @ExtensionMethod, a call that no class the annotation names declares is an ordinary call on the value: a missing variable's trim() throws.
import lombok.experimental.ExtensionMethod;

@ExtensionMethod(SessionStrings.class)
class SessionIds {

    String sessionId() {
        String id = System.getenv("SESSION_ID");
        if (!id.isPresentText()) {
            return "none";
        }
        return id;
    }

    String region() {
        String region = System.getenv("REGION");
        return region.trim();  // expect: null-dereference "System.getenv("
    }
}

final class SessionStrings {

    private SessionStrings() {
    }

    static boolean isPresentText(String value) {
        return value != null && !value.isBlank();
    }
}
