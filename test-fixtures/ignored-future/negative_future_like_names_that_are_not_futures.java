// Calls whose names sound asynchronous but return no future: submitOrder() returning a record, a project JobQueue.submit returning a ticket, scheduleReminder returning an Instant, a class named OrderFuture, runAsync/supplyAsync helpers of the scanned sources that return void or a value, and inFlight.add(runAsync(..)) returning boolean.
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

record OrderConfirmation(String orderId, Instant acceptedAt) {
}

record JobTicket(long jobId, String queue) {
}

record OrderFuture(String orderId, Instant expectedDelivery) {
}

record OrderSubmittedEvent(String orderId) {
}

@Component
class JobQueue {

    private final List<String> pending = new ArrayList<>();

    synchronized JobTicket submit(String payload) {
        pending.add(payload);
        return new JobTicket(pending.size(), "default");
    }
}

@Component
class ReminderScheduler {

    Instant scheduleReminder(String customerId, Duration delay) {
        return Instant.now().plus(delay);
    }

    void runAsync(Runnable task) {
        new Thread(task, "reminder").start();
    }

    String supplyAsync(String template) {
        return template.trim();
    }
}

@Service
class OrderSubmissionService {

    private final JobQueue jobs;
    private final ReminderScheduler reminders;
    private final ApplicationEventPublisher events;
    private final Executor executor;
    private final List<CompletableFuture<Void>> inFlight = new ArrayList<>();

    OrderSubmissionService(JobQueue jobs, ReminderScheduler reminders, ApplicationEventPublisher events, Executor executor) {
        this.jobs = jobs;
        this.reminders = reminders;
        this.events = events;
        this.executor = executor;
    }

    OrderConfirmation submitOrder(String orderId) {
        return new OrderConfirmation(orderId, Instant.now());
    }

    OrderFuture futureOf(String orderId) {
        return new OrderFuture(orderId, Instant.now().plus(Duration.ofDays(3)));
    }

    void place(String orderId, String customerId) {
        submitOrder(orderId);
        futureOf(orderId);
        jobs.submit("invoice:" + orderId);
        reminders.scheduleReminder(customerId, Duration.ofDays(2));
        reminders.runAsync(() -> events.publishEvent(new OrderSubmittedEvent(orderId)));
        reminders.supplyAsync("Thanks for order " + orderId);
        events.publishEvent(new OrderSubmittedEvent(orderId));
        inFlight.add(CompletableFuture.runAsync(() -> jobs.submit("pack:" + orderId), executor));
    }

    void awaitInFlight() {
        CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0])).join();
        inFlight.clear();
    }
}
