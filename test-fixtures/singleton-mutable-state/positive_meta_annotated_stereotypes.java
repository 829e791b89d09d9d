// Beans whose stereotype comes through meta-annotations: @UseCase (declared in another fixture, annotated @Service), @CommandHandler (annotated @UseCase) and @PersistenceAdapter (annotated @Repository, declared here).
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repository
@interface PersistenceAdapter {
}

@UseCase
class CheckoutUseCase {

    private String lastCartId;  // expect: singleton-mutable-state "`lastCartId`"
    private BigDecimal runningTotal = BigDecimal.ZERO;  // expect: singleton-mutable-state "`runningTotal`"

    BigDecimal checkout(String cartId, List<BigDecimal> prices) {
        lastCartId = cartId;
        runningTotal = BigDecimal.ZERO;
        for (var price : prices) {
            runningTotal = runningTotal.add(price);
        }
        return runningTotal;
    }
}

@CommandHandler
class CancelSubscriptionHandler {

    private int cancellations;  // expect: singleton-mutable-state "`cancellations`"

    void handle(String subscriptionId) {
        if (!subscriptionId.isBlank()) {
            cancellations++;
        }
    }
}

@PersistenceAdapter
class TariffPersistenceAdapter {

    private Map<String, BigDecimal> tariffs = new HashMap<>();  // expect: singleton-mutable-state "`tariffs`"

    void store(String code, BigDecimal monthlyFee) {
        tariffs.put(code, monthlyFee);
    }

    BigDecimal load(String code) {
        return tariffs.get(code);
    }
}
