// A coupon code row of a marketing campaign, and its repository.
package checkthenact.case12;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.springframework.data.jpa.repository.JpaRepository;

@Entity
@Table(name = "coupon", uniqueConstraints = @UniqueConstraint(name = "uk_coupon_code", columnNames = "code"))
public class Coupon {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private String campaign;

    @Column(name = "percent_off", precision = 5, scale = 2)
    private BigDecimal percentOff;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Coupon() {
    }

    public Coupon(String code, String campaign, BigDecimal percentOff, LocalDate validUntil) {
        this.code = code;
        this.campaign = campaign;
        this.percentOff = percentOff;
        this.validUntil = validUntil;
    }

    public String getCode() { return code; }
    public String getCampaign() { return campaign; }
    public BigDecimal getPercentOff() { return percentOff; }
    public LocalDate getValidUntil() { return validUntil; }
}

interface CouponRepository extends JpaRepository<Coupon, Long> {

    boolean existsByCode(String code);
}
