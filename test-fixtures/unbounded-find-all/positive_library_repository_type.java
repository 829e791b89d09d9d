// A promo-code handler whose injected field is typed with the library interface JpaRepository<PromoCode, Long> itself rather than a project repository interface.
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "promo_codes")
class PromoCode {

    @Id
    private Long id;

    private String code;

    private int percentOff;

    private LocalDate validUntil;

    protected PromoCode() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPercentOff() {
        return percentOff;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}

record PromoCodeView(String code, int percentOff) {
}

@RestController
@RequestMapping("/api/promo-codes")
class PromoCodeController {

    private final JpaRepository<PromoCode, Long> promoCodes;

    PromoCodeController(JpaRepository<PromoCode, Long> promoCodes) {
        this.promoCodes = promoCodes;
    }

    @GetMapping
    public List<PromoCodeView> valid() {
        var today = LocalDate.now();
        return promoCodes.findAll().stream() // expect: unbounded-find-all "`findAll`"
                .filter(p -> !p.getValidUntil().isBefore(today))
                .map(p -> new PromoCodeView(p.getCode(), p.getPercentOff()))
                .toList();
    }
}
