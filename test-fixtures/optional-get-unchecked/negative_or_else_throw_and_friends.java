// Optionals unwrapped without get(): orElseThrow() with no arguments (counts as checked: it names its intent), orElseThrow(supplier), orElse, orElseGet, map, ifPresent and ifPresentOrElse.
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class Voucher {
    @Id
    Long id;
    String code;
    int valueCents;

    String getCode() {
        return code;
    }

    int getValueCents() {
        return valueCents;
    }
}

interface VoucherRepository extends JpaRepository<Voucher, Long> {

    Optional<Voucher> findByCode(String code);
}

class VoucherService {

    private final VoucherRepository vouchers;

    VoucherService(VoucherRepository vouchers) {
        this.vouchers = vouchers;
    }

    int value(long id) {
        return vouchers.findById(id).orElseThrow().getValueCents();
    }

    int valueOfCode(String code) {
        return vouchers.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown voucher " + code))
                .getValueCents();
    }

    String codeOrBlank(long id) {
        return vouchers.findById(id).map(Voucher::getCode).orElse("");
    }

    int valueOrDefault(String code, List<Integer> defaults) {
        return vouchers.findByCode(code).map(Voucher::getValueCents).orElseGet(() -> defaults.get(0));
    }

    void announce(String code, List<String> outbox) {
        vouchers.findByCode(code).ifPresent(v -> outbox.add(v.getCode()));
        vouchers.findByCode(code).ifPresentOrElse(
                v -> outbox.add("valid " + v.getCode()),
                () -> outbox.add("invalid " + code));
    }

    String lastVoucherCode(List<String> codes) {
        return codes.stream().reduce((first, second) -> second).orElseThrow();
    }
}
