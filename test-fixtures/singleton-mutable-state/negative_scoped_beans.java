// Beans that are not singletons: @Scope("prototype"), @Scope(value = "request"), @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE), @Scope(scopeName = WebApplicationContext.SCOPE_SESSION), @RequestScope, @SessionScope and CDI @RequestScoped get an instance per use, request or session.
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.context.annotation.SessionScope;

@Component
@Scope("prototype")
class CsvLineParser {

    private int lineNumber;
    private List<String> errors = new ArrayList<>();

    List<String> parse(String line) {
        lineNumber++;
        var cells = List.of(line.split(","));
        if (cells.size() < 3) {
            errors.add("line " + lineNumber + ": expected 3 cells");
        }
        return cells;
    }
}

@Service
@Scope(value = "request", proxyMode = ScopedProxyMode.TARGET_CLASS)
class RequestAuditContext {

    private String principal;
    private List<String> actions = new ArrayList<>();

    void signedInAs(String principal) {
        this.principal = principal;
    }

    void did(String action) {
        actions.add(principal + " " + action);
    }
}

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ReportAccumulator {

    private BigDecimal total = BigDecimal.ZERO;
    private int rows;

    void add(BigDecimal amount) {
        total = total.add(amount);
        rows++;
    }

    String summary() {
        return rows + " rows, total " + total;
    }
}

@Component
@Scope(scopeName = WebApplicationContext.SCOPE_SESSION, proxyMode = ScopedProxyMode.TARGET_CLASS)
class OnboardingWizardProgress {

    private int step = 1;
    private Map<Integer, String> answers = new LinkedHashMap<>();

    void answer(String value) {
        answers.put(step, value);
        step++;
    }
}

@Component
@RequestScope
class CurrentTenant {

    private String tenantId;

    void set(String tenantId) {
        this.tenantId = tenantId;
    }

    String get() {
        return tenantId;
    }
}

@Component
@SessionScope
class ShoppingBasket {

    private final List<String> skus = new ArrayList<>();
    private BigDecimal subtotal = BigDecimal.ZERO;

    void add(String sku, BigDecimal price) {
        skus.add(sku);
        subtotal = subtotal.add(price);
    }

    void empty() {
        skus.clear();
        subtotal = BigDecimal.ZERO;
    }
}

@RequestScoped
class RequestTimer {

    private Instant startedAt;
    private Duration elapsed;

    void start() {
        startedAt = Instant.now();
    }

    void stop() {
        elapsed = Duration.between(startedAt, Instant.now());
    }
}
