// Timing marks of one request (route, start and named checkpoints), exposed as a
// Server-Timing header by the reporting endpoint.
package singletons.case16;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

@Component
@Scope(value = WebApplicationContext.SCOPE_REQUEST, proxyMode = ScopedProxyMode.TARGET_CLASS)
public class RequestTimingRecorder {

    private final List<String> marks = new ArrayList<>();
    private long startedNanos;
    private long lastNanos;
    private String route;

    public void start(String route) {
        this.route = route;
        startedNanos = System.nanoTime();
        lastNanos = startedNanos;
    }

    public void mark(String name) {
        long now = System.nanoTime();
        marks.add("%s;dur=%d".formatted(name, TimeUnit.NANOSECONDS.toMillis(now - lastNanos)));
        lastNanos = now;
    }

    public String serverTiming() {
        var all = new ArrayList<>(marks);
        all.add("total;dur=" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos));
        return String.join(", ", all);
    }

    public String route() {
        return route;
    }
}
