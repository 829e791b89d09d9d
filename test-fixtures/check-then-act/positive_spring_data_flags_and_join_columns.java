// A lookup's answer kept in a flag before the if, a concurrent map's containsKey kept the same way, and a derived query on a join column (Show_Id): a ticket price per show and seat type, with no unique key; the same check on an entity with a unique constraint over the join column's name is left alone.
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

enum TicketSeatType { STALLS, CIRCLE, BOX }

@Entity
class StageShow {

    @Id
    @GeneratedValue
    private Long id;

    private String title;
}

@Entity
class TicketPrice {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    @JoinColumn(name = "show_id")
    private StageShow show;

    private TicketSeatType seatType;

    private BigDecimal amount;

    protected TicketPrice() {
    }

    TicketPrice(StageShow show, TicketSeatType seatType, BigDecimal amount) {
        this.show = show;
        this.seatType = seatType;
        this.amount = amount;
    }
}

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"show_id", "seat_type"}))
class TicketQuota {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    @JoinColumn(name = "show_id")
    private StageShow show;

    private TicketSeatType seatType;

    private int seats;

    protected TicketQuota() {
    }

    TicketQuota(StageShow show, TicketSeatType seatType, int seats) {
        this.show = show;
        this.seatType = seatType;
        this.seats = seats;
    }
}

interface TicketPriceRepository extends JpaRepository<TicketPrice, Long> {

    boolean existsByShow_IdAndSeatType(Long showId, TicketSeatType seatType);
}

interface TicketQuotaRepository extends JpaRepository<TicketQuota, Long> {

    boolean existsByShow_IdAndSeatType(Long showId, TicketSeatType seatType);
}

class DuplicateTicketSetting extends RuntimeException {
    DuplicateTicketSetting(String message) {
        super(message);
    }
}

@Service
class TicketPricingService {

    private final TicketPriceRepository prices;
    private final TicketQuotaRepository quotas;
    private final Map<Long, StageShow> showsById = new ConcurrentHashMap<>();

    TicketPricingService(TicketPriceRepository prices, TicketQuotaRepository quotas) {
        this.prices = prices;
        this.quotas = quotas;
    }

    TicketPrice addPrice(StageShow show, long showId, TicketSeatType seatType, BigDecimal amount) {
        boolean priced = prices.existsByShow_IdAndSeatType(showId, seatType);
        if (priced) { // expect: check-then-act "`prices`"
            throw new DuplicateTicketSetting("seat type " + seatType + " already priced");
        }
        return prices.save(new TicketPrice(show, seatType, amount));
    }

    TicketQuota addQuota(StageShow show, long showId, TicketSeatType seatType, int seats) {
        boolean set = quotas.existsByShow_IdAndSeatType(showId, seatType);
        if (set) {
            throw new DuplicateTicketSetting("seat type " + seatType + " already has a quota");
        }
        return quotas.save(new TicketQuota(show, seatType, seats));
    }

    void remember(long showId, StageShow show) {
        var known = showsById.containsKey(showId);
        if (!known) { // expect: check-then-act "`showsById`"
            showsById.put(showId, show);
        }
    }
}
