// Calls whose names or shapes look asynchronous but return no future: a form service's submit returning void, a bulk uploader's submit returning the row count, a notifier's own sendAsync returning void, Thread.ofVirtual().start, and execute on a virtual-thread executor closed by try-with-resources.
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record ContactRequest(String email, String subject, String message) {
}

record PriceRow(String sku, long priceInCents) {
}

@Service
class ContactFormService {

    private static final Logger log = LoggerFactory.getLogger(ContactFormService.class);

    void submit(ContactRequest request) {
        log.info("contact request from {} about {}", request.email(), request.subject());
    }
}

@Component
class BulkPriceUploader {

    private final List<PriceRow> pending = new ArrayList<>();

    synchronized int submit(List<PriceRow> rows) {
        pending.addAll(rows);
        return pending.size();
    }
}

@Component
class ReviewModerationNotifier {

    private final LinkedBlockingQueue<String> outbox = new LinkedBlockingQueue<>();

    void sendAsync(String reviewId) {
        outbox.offer("review " + reviewId + " needs moderation");
    }
}

@RestController
class ContactFormController {

    private final ContactFormService contactForms;
    private final BulkPriceUploader prices;
    private final ReviewModerationNotifier moderation;

    ContactFormController(ContactFormService contactForms, BulkPriceUploader prices, ReviewModerationNotifier moderation) {
        this.contactForms = contactForms;
        this.prices = prices;
        this.moderation = moderation;
    }

    @PostMapping("/contact")
    ResponseEntity<Void> contact(@RequestBody ContactRequest request) {
        contactForms.submit(request);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/admin/prices")
    ResponseEntity<Void> uploadPrices(@RequestBody List<PriceRow> rows) {
        prices.submit(rows);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/reviews/flag")
    ResponseEntity<Void> flagReview(@RequestBody String reviewId) {
        moderation.sendAsync(reviewId);
        return ResponseEntity.noContent().build();
    }
}

@Component
class NightlyExportRunner {

    private static final Logger log = LoggerFactory.getLogger(NightlyExportRunner.class);

    void reindexInBackground() {
        Thread.ofVirtual().name("reindex").start(() -> log.info("reindexing search"));
    }

    void exportAll(List<Path> targets) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            targets.forEach(target -> executor.execute(() -> export(target)));
        }
        log.info("exported {} files", targets.size());
    }

    private void export(Path target) {
        log.info("exporting to {}", target);
    }
}
