// get() on an Optional field with no check, inside a stream lambda on a repository result, and inside an asynchronous lambda created before the check.
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class TaxRate {
    @Id
    Long id;
    String region;
    double rate;

    double getRate() {
        return rate;
    }
}

interface TaxRateRepository extends JpaRepository<TaxRate, Long> {
}

class TaxCalculator {

    private final TaxRateRepository rates;
    private final Optional<TaxRate> defaultRate;

    TaxCalculator(TaxRateRepository rates, Optional<TaxRate> defaultRate) {
        this.rates = rates;
        this.defaultRate = defaultRate;
    }

    double fallbackRate() {
        return defaultRate.get().getRate();  // expect: optional-get-unchecked "`defaultRate."
    }

    List<Double> ratesFor(List<Long> ids) {
        return ids.stream().map(id -> rates.findById(id).get().getRate()).toList();  // expect: optional-get-unchecked "findById("
    }

    CompletableFuture<Double> rateLater(long id, Executor executor) {
        Optional<TaxRate> found = rates.findById(id);
        CompletableFuture<Double> rate = CompletableFuture.supplyAsync(() -> found.get().getRate(), executor);  // expect: optional-get-unchecked "`found."
        if (found.isEmpty()) {
            rate.cancel(false);
        }
        return rate;
    }
}
