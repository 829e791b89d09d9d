package nulls.case06;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    PurchaseOrder findByExternalReference(String externalReference);

    List<PurchaseOrder> findByStatus(PurchaseOrder.Status status);
}
