// Optionals checked inside the lambda that reads them, and an effectively final Optional checked before the lambda reading it is created.
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

class ReminderScheduler {

    record Reminder(String userId, String text) {
    }

    private final Map<String, Optional<String>> emailByUser;
    private final Executor executor;

    ReminderScheduler(Map<String, Optional<String>> emailByUser, Executor executor) {
        this.emailByUser = emailByUser;
        this.executor = executor;
    }

    List<String> recipients(List<Reminder> reminders) {
        return reminders.stream()
                .map(reminder -> {
                    Optional<String> email = emailByUser.getOrDefault(reminder.userId(), Optional.empty());
                    return email.isPresent() ? email.get().toLowerCase() : "noreply@example.com";
                })
                .toList();
    }

    CompletableFuture<String> sendLater(Reminder reminder) {
        Optional<String> email = emailByUser.getOrDefault(reminder.userId(), Optional.empty());
        if (email.isEmpty()) {
            return CompletableFuture.completedFuture("skipped");
        }
        return CompletableFuture.supplyAsync(() -> email.get() + ": " + reminder.text(), executor);
    }
}
