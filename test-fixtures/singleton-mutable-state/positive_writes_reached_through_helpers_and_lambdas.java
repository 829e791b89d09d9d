// Writes reached from request paths indirectly: a private helper a handler calls, a helper shared by the constructor and a public method, a lambda and an anonymous Runnable created in a handler and run later.
import java.time.Instant;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class FraudScoringService {

    private final Executor auditExecutor;
    private double threshold;  // expect: singleton-mutable-state "`threshold`"
    private String lastDecision;  // expect: singleton-mutable-state "`lastDecision`"
    private Instant lastScoredAt;  // expect: singleton-mutable-state "`lastScoredAt`"

    FraudScoringService(Executor auditExecutor, @Value("${fraud.threshold:0.8}") double threshold) {
        this.auditExecutor = auditExecutor;
        applyThreshold(threshold);
    }

    boolean score(String transactionId, double risk) {
        boolean fraud = risk > threshold;
        remember(transactionId + (fraud ? " rejected" : " accepted"));
        auditExecutor.execute(() -> lastScoredAt = Instant.now());
        return fraud;
    }

    void recalibrate(double newThreshold) {
        applyThreshold(newThreshold);
    }

    private void applyThreshold(double value) {
        threshold = Math.max(0.5, value);
    }

    private void remember(String decision) {
        lastDecision = decision;
    }
}

@Component
class ImportJobLauncher {

    private final Executor jobExecutor;
    private int lastExitCode;  // expect: singleton-mutable-state "`lastExitCode`"

    ImportJobLauncher(Executor jobExecutor) {
        this.jobExecutor = jobExecutor;
    }

    void launch(String file) {
        jobExecutor.execute(new Runnable() {
            @Override
            public void run() {
                lastExitCode = file.endsWith(".csv") ? 0 : 2;
            }
        });
    }

    int lastExitCode() {
        return lastExitCode;
    }
}
