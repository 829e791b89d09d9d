package nulls.case36;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

public final class RequestChecks {

    private RequestChecks() {
    }

    public static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is required");
        }
    }

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
