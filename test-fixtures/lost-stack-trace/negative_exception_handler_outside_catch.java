// A controller advice and an error handler that log ex.getMessage() of exceptions received as method parameters, not inside a catch block.
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.server.ResponseStatusException;

@RestControllerAdvice
class GlobalApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalApiExceptionHandler.class);

    @ExceptionHandler(ResponseStatusException.class)
    public ProblemDetail handleStatus(ResponseStatusException ex) {
        log.warn("Request rejected with {}: {}", ex.getStatusCode(), ex.getMessage());
        return ProblemDetail.forStatusAndDetail(ex.getStatusCode(), ex.getReason());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail handleBadInput(IllegalArgumentException ex) {
        log.info("Bad input: " + ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }
}

class PartnerResponseErrorHandler extends DefaultResponseErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PartnerResponseErrorHandler.class);

    private final Map<Integer, String> hints = Map.of(401, "check the partner API key", 429, "slow down");

    @Override
    public boolean hasError(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().isError();
    }

    void onTransportFailure(IOException failure) {
        log.warn("Partner transport failure: {}", failure.getMessage());
    }

    String hintFor(int status, RuntimeException problem) {
        log.debug("Partner answered {} ({})", status, problem.toString());
        return hints.getOrDefault(status, "no hint");
    }
}
