// ExecutorService used without dropping a Future: execute(Runnable), submit assigned then read with get, submit(..).get() in one statement, futures collected and awaited, a future kept in a field for cancel, cancel/shutdown/awaitTermination as statements.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

record AccountStatement(String accountId, int year, int month) {
}

@Service
class StatementGenerationService {

    private static final Logger log = LoggerFactory.getLogger(StatementGenerationService.class);

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private Future<?> housekeeping;

    void auditAccess(String accountId, String user) {
        pool.execute(() -> log.info("{} opened statements of {}", user, accountId));
    }

    byte[] generate(AccountStatement statement) throws InterruptedException, ExecutionException, TimeoutException {
        Future<byte[]> pdf = pool.submit(() -> render(statement));
        log.debug("rendering {}", statement);
        return pdf.get(20, TimeUnit.SECONDS);
    }

    void regenerateNow(AccountStatement statement) throws InterruptedException, ExecutionException {
        pool.submit(() -> render(statement)).get();
    }

    int generateYear(String accountId, int year) throws InterruptedException, ExecutionException {
        List<Future<byte[]>> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            var statement = new AccountStatement(accountId, year, month);
            months.add(pool.submit(() -> render(statement)));
        }
        int bytes = 0;
        for (Future<byte[]> month : months) {
            bytes += month.get().length;
        }
        return bytes;
    }

    void startHousekeeping() {
        housekeeping = pool.submit(this::purgeOldStatements);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        if (housekeeping != null) {
            housekeeping.cancel(true);
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    private byte[] render(AccountStatement statement) {
        return ("statement " + statement.accountId() + " " + statement.year() + "-" + statement.month()).getBytes();
    }

    private void purgeOldStatements() {
        log.info("purging statements older than ten years");
    }
}
