// Check-then-act in web-layer singletons: a servlet filter keeping per-client rate buckets in a ConcurrentHashMap, a controller de-duplicating idempotency keys with a concurrent set, and a controller caching rendered previews read into a local.
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
class ClientRateLimitFilter extends OncePerRequestFilter {

    record Bucket(Instant windowStart, AtomicInteger used) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (buckets.get(client) == null) { // expect: check-then-act "`buckets`"
            buckets.put(client, new Bucket(Instant.now(), new AtomicInteger()));
        }
        var bucket = buckets.get(client);
        if (Duration.between(bucket.windowStart(), Instant.now()).toSeconds() < 60 && bucket.used().incrementAndGet() > 100) {
            response.setStatus(429);
            return;
        }
        chain.doFilter(request, response);
    }
}

@RestController
class TransferController {

    record TransferRequest(String fromAccount, String toAccount, long amountCents) {
    }

    private final Set<String> seenIdempotencyKeys = ConcurrentHashMap.newKeySet();

    @PostMapping("/transfers")
    ResponseEntity<String> transfer(@RequestHeader("Idempotency-Key") String idempotencyKey,
                                    @RequestBody TransferRequest request) {
        if (seenIdempotencyKeys.contains(idempotencyKey)) { // expect: check-then-act "`seenIdempotencyKeys`"
            return ResponseEntity.status(409).body("duplicate request");
        }
        seenIdempotencyKeys.add(idempotencyKey);
        return ResponseEntity.accepted().body("transfer of %d queued".formatted(request.amountCents()));
    }
}

@RestController
class DocumentPreviewController {

    private final ConcurrentHashMap<String, byte[]> previews = new ConcurrentHashMap<>();

    @GetMapping("/documents/{id}/preview")
    byte[] preview(@PathVariable String id) {
        byte[] png = previews.get(id);
        if (png == null) { // expect: check-then-act "`previews`"
            png = render(id);
            previews.put(id, png);
        }
        return png;
    }

    private byte[] render(String id) {
        return ("preview of " + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
