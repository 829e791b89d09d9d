// An order service whose method used by the REST handler is paged, while its findAll() method is called only by a @Scheduled export job.
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "purchase_orders")
class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    private Long customerId;

    private String status;

    private BigDecimal total;

    private Instant placedAt;

    protected PurchaseOrder() {
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    Page<PurchaseOrder> findByCustomerId(Long customerId, Pageable pageable);

    List<PurchaseOrder> findByStatus(String status);

    List<PurchaseOrder> findAllByCustomerId(Long customerId);
}

@Service
class PurchaseOrderQueryService {

    private final PurchaseOrderRepository purchaseOrderRepository;

    PurchaseOrderQueryService(PurchaseOrderRepository purchaseOrderRepository) {
        this.purchaseOrderRepository = purchaseOrderRepository;
    }

    public Page<PurchaseOrder> recentOrders(Long customerId, int page) {
        return purchaseOrderRepository.findByCustomerId(customerId, PageRequest.of(page, 20, Sort.by(Sort.Direction.DESC, "placedAt")));
    }

    public List<PurchaseOrder> ordersForNightlyExport() {
        return purchaseOrderRepository.findAll();
    }
}

@RestController
@RequestMapping("/api/customers/{customerId}/orders")
class CustomerOrderHistoryController {

    private final PurchaseOrderQueryService orderQueries;

    CustomerOrderHistoryController(PurchaseOrderQueryService orderQueries) {
        this.orderQueries = orderQueries;
    }

    @GetMapping
    public Page<PurchaseOrder> history(@PathVariable Long customerId, @RequestParam(defaultValue = "0") int page) {
        return orderQueries.recentOrders(customerId, page);
    }
}

@Component
class NightlyOrderExportJob {

    private final PurchaseOrderQueryService orderQueries;

    NightlyOrderExportJob(PurchaseOrderQueryService orderQueries) {
        this.orderQueries = orderQueries;
    }

    @Scheduled(cron = "0 0 2 * * *")
    public void export() {
        var lines = orderQueries.ordersForNightlyExport().stream()
                .map(o -> o.getId() + ";" + o.getCustomerId() + ";" + o.getStatus() + ";" + o.getTotal())
                .toList();
        System.getLogger("export").log(System.Logger.Level.INFO, "exported {0} orders", lines.size());
    }
}
