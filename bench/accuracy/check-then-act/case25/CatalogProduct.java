// A warehouse product master record, and its repository.
package checkthenact.case25;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.jpa.repository.JpaRepository;

@Entity
@Table(name = "catalog_product")
public class CatalogProduct {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(name = "weight_grams")
    private int weightGrams;

    @Column(name = "supplier_id")
    private long supplierId;

    public Long getId() { return id; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getWeightGrams() { return weightGrams; }
    public void setWeightGrams(int weightGrams) { this.weightGrams = weightGrams; }
    public long getSupplierId() { return supplierId; }
    public void setSupplierId(long supplierId) { this.supplierId = supplierId; }
}

interface CatalogProductRepository extends JpaRepository<CatalogProduct, Long> {

    boolean existsBySku(String sku);
}
