// One-off import of customers from the legacy CRM export: rows are written in chunks of 500
// in parallel, and the import waits for every chunk and fails if one fails.
package ignoredfutures.case23;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.common.collect.Lists;
import org.springframework.stereotype.Service;

@Service
public class LegacyCustomerImporter {

    private final CustomerRowWriter writer;

    public LegacyCustomerImporter(CustomerRowWriter writer) {
        this.writer = writer;
    }

    public int importAll(List<CustomerRowWriter.LegacyCustomer> rows) throws InterruptedException {
        try (ExecutorService importPool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> pending = new ArrayList<>();
            for (var chunk : Lists.partition(rows, 500)) {
                pending.add(importPool.submit(() -> writer.insert(chunk)));
            }
            int imported = 0;
            for (Future<Integer> chunk : pending) {
                try {
                    imported += chunk.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("legacy import failed after " + imported + " rows", e.getCause());
                }
            }
            return imported;
        }
    }
}
