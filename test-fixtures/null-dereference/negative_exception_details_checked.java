// Throwable.getMessage and getCause read into locals and checked before use, a cause matched with instanceof, and a loop that walks the cause chain while it is non-null.
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PaymentFailureClassifier {

    private static final Logger log = LoggerFactory.getLogger(PaymentFailureClassifier.class);

    String classify(RuntimeException failure) {
        String message = failure.getMessage();
        if (message != null && message.contains("insufficient funds")) {
            return "DECLINED";
        }
        if (failure.getCause() instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
            return "RETRY";
        }
        Throwable cause = failure.getCause();
        if (cause == null) {
            log.warn("unclassified payment failure", failure);
            return "UNKNOWN";
        }
        return cause.getClass().getSimpleName().toUpperCase();
    }

    Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        Throwable next = current.getCause();
        while (next != null && next != current) {
            current = next;
            next = current.getCause();
        }
        return current;
    }
}
