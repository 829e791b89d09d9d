// A tenant's cost center; looked up by tenant and code through an index.
package checkthenact.case30;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "cost_center", indexes = @Index(name = "ix_cost_center_tenant_code", columnList = "tenant_id, code"))
public class CostCenter {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 20)
    private String code;

    private String name;

    @Column(name = "owner_email")
    private String ownerEmail;

    protected CostCenter() {
    }

    public CostCenter(long tenantId, String code, String name, String ownerEmail) {
        this.tenantId = tenantId;
        this.code = code;
        this.name = name;
        this.ownerEmail = ownerEmail;
    }

    public Long getId() { return id; }
    public long getTenantId() { return tenantId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getOwnerEmail() { return ownerEmail; }
}
