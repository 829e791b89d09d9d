package opt.case55;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ReorderScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReorderScheduler.class);

    private final ReorderRuleRepository ruleRepository;
    private final String warehouse;

    public ReorderScheduler(ReorderRuleRepository ruleRepository, @Value("${warehouse.code}") String warehouse) {
        this.ruleRepository = ruleRepository;
        this.warehouse = warehouse;
    }

    @Scheduled(cron = "0 30 5 * * MON-FRI")
    public void planReview() {
        List<ReorderRule> rules = ruleRepository.findByWarehouse(warehouse);
        int tightest = rules.stream().mapToInt(ReorderRule::getDaysOfCover).min().getAsInt(); // get
        log.info("Warehouse {}: {} reorder rules, tightest cover {} days", warehouse, rules.size(), tightest);
    }
}
