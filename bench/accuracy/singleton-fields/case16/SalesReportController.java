// Sales report endpoint that reports its phases through Server-Timing.
package singletons.case16;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SalesReportController {

    private final RequestTimingRecorder timing;
    private final SalesReportQueries queries;

    public SalesReportController(RequestTimingRecorder timing, SalesReportQueries queries) {
        this.timing = timing;
        this.queries = queries;
    }

    @GetMapping("/api/reports/sales/{month}")
    public ResponseEntity<List<SalesReportQueries.SalesLine>> sales(@PathVariable YearMonth month) {
        timing.start("/api/reports/sales");
        var lines = queries.salesOf(month);
        timing.mark("db");
        var sorted = lines.stream()
                .sorted(Comparator.comparingLong(SalesReportQueries.SalesLine::revenueCents).reversed())
                .toList();
        timing.mark("sort");
        return ResponseEntity.ok().header("Server-Timing", timing.serverTiming()).body(sorted);
    }

    public interface SalesReportQueries {

        List<SalesLine> salesOf(YearMonth month);

        record SalesLine(String region, long revenueCents) {
        }
    }
}
