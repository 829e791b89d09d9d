// A dereference inside a try whose handler catches the NullPointerException and answers with a default, and getMessage() on a type of the code's own that is named Error but is not java.lang.Error.
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

class ParameterReader {

    static final class ValidationProblem extends RuntimeException {
        static final class Error {
            private final String message;

            Error(String message) {
                this.message = message;
            }

            String getMessage() {
                return this.message;
            }
        }

        private final List<Error> errors;

        ValidationProblem(List<Error> errors) {
            super("invalid");
            this.errors = errors;
        }

        List<Error> getErrors() {
            return this.errors;
        }
    }

    int intParameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        try {
            return Integer.parseInt(value.trim());
        } catch (Exception e) {
            return -1;
        }
    }

    int firstMessageLength(ValidationProblem problem) {
        for (ValidationProblem.Error error : problem.getErrors()) {
            return error.getMessage().length();
        }
        return 0;
    }
}
