// An audit component that keeps System.out in a PrintStream field and prints audit events through it.
import java.io.PrintStream;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

record AccountLockedEvent(String username, int failedAttempts, Instant at) {
}

@Component
class SecurityAuditConsole {

    private final PrintStream console = System.out;

    @EventListener
    void onAccountLocked(AccountLockedEvent event) {
        console.println("LOCKED " + event.username() + " after " + event.failedAttempts() + " attempts"); // expect: debug-output
        console.printf("locked at %s%n", event.at()); // expect: debug-output
    }
}
