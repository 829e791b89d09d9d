package nulls.case14;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final int MAX_DETAIL = 200;

    public record ErrorBody(String code, String detail) {
    }

    @ExceptionHandler(DataAccessException.class)
    public ResponseEntity<ErrorBody> handleDataAccess(DataAccessException ex) {
        Throwable cause = ex.getCause();
        Throwable root = cause != null ? cause : ex;
        log.error("database failure: {}", root.getMessage(), ex);
        String detail = Objects.toString(root.getMessage(), "no detail");
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ErrorBody("DATABASE_UNAVAILABLE", detail));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ErrorBody> handleBadArgument(IllegalArgumentException ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = "invalid request";
        }
        return ResponseEntity.badRequest().body(new ErrorBody("BAD_REQUEST", message.strip()));
    }
}
