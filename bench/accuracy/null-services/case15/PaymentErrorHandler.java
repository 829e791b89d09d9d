package nulls.case15;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class PaymentErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PaymentErrorHandler.class);

    public static class PaymentProcessingException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PaymentProcessingException(String message) {
            super(message);
        }

        public PaymentProcessingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public record ErrorBody(String code, String detail) {
    }

    @ExceptionHandler(PaymentProcessingException.class)
    public ResponseEntity<ErrorBody> handlePaymentFailure(PaymentProcessingException ex) {
        log.warn("payment failed", ex);
        String providerMessage = ex.getCause().getMessage(); // deref
        return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED)
                .body(new ErrorBody("PAYMENT_FAILED", Objects.toString(providerMessage, "declined")));
    }
}
