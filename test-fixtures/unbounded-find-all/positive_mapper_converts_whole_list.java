// A controller and a service hand a repository's whole result to a mapper that converts the list: the response holds every row.
import java.util.List;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Voucher {
    @Id
    Long id;
    String code;
    String campaign;
}

record VoucherView(String code, String campaign) {
}

interface VoucherRepository extends JpaRepository<Voucher, Long> {
    List<Voucher> findByCampaign(String campaign);
}

interface VoucherMapper {
    List<VoucherView> toViews(List<Voucher> vouchers);
}

@Service
class VoucherCatalog {

    private final VoucherRepository vouchers;
    private final VoucherMapper mapper;

    VoucherCatalog(VoucherRepository vouchers, VoucherMapper mapper) {
        this.vouchers = vouchers;
        this.mapper = mapper;
    }

    List<VoucherView> ofCampaign(String campaign) {
        return mapper.toViews(vouchers.findByCampaign(campaign)); // expect: unbounded-find-all "`findByCampaign`"
    }
}

@RestController
@RequestMapping("/vouchers")
class VoucherController {

    private final VoucherRepository vouchers;
    private final VoucherMapper mapper;
    private final VoucherCatalog catalog;

    VoucherController(VoucherRepository vouchers, VoucherMapper mapper, VoucherCatalog catalog) {
        this.vouchers = vouchers;
        this.mapper = mapper;
        this.catalog = catalog;
    }

    @GetMapping
    List<VoucherView> all() {
        return mapper.toViews(vouchers.findAll()); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/spring")
    List<VoucherView> spring() {
        return catalog.ofCampaign("spring");
    }
}
