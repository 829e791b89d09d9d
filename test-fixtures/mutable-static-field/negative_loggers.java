// SLF4J loggers (final, non-final never reassigned, from a method handle) and a java.util.logging logger whose level and handlers are set from methods: loggers are never reported.
import java.lang.invoke.MethodHandles;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Service
class PaymentCaptureService {

    private static final Logger log = LoggerFactory.getLogger(PaymentCaptureService.class);

    void capture(String paymentId, long amountCents) {
        log.info("capturing {} cents for payment {}", amountCents, paymentId);
        if (amountCents <= 0) {
            log.warn("refusing non-positive capture for {}", paymentId);
        }
    }
}

class RefundWorker {

    private static Logger LOGGER = LoggerFactory.getLogger(MethodHandles.lookup().lookupClass());

    void refund(String paymentId) {
        LOGGER.debug("refund requested for {}", paymentId);
    }
}

@RestController
class LogLevelController {

    private static final java.util.logging.Logger AUDIT = java.util.logging.Logger.getLogger("audit");

    @PostMapping("/admin/audit-level")
    void level(@RequestParam String level) {
        AUDIT.setLevel(Level.parse(level));
        AUDIT.addHandler(new ConsoleHandler());
        AUDIT.log(Level.INFO, "audit level set to {0}", level);
    }
}
