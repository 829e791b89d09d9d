// Error handling of the REST API, keeping the latest error lines for the support page.
package staticfields.case31;

import java.util.List;

import com.google.common.collect.Lists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);
    private static final int KEEP_LAST = 20;
    private static final List<String> recentErrors = Lists.newArrayList(); // static

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(IllegalArgumentException e) {
        remember("400 " + e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e) {
        log.error("unhandled API error", e);
        remember("500 " + e.getClass().getSimpleName());
        return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static void remember(String line) {
        if (recentErrors.size() == KEEP_LAST) {
            recentErrors.remove(0);
        }
        recentErrors.add(line);
    }

    public static List<String> recentErrors() {
        return List.copyOf(recentErrors);
    }
}
