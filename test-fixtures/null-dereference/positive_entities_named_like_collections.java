// Repository finders whose entity's name ends like a collection type (ValueSet, PriceList): they return one row or null, and a lookup retried with another key, or after only logging, may find nothing again.
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class ValueSet {
    @Id
    Long id;
    String url;
    String name;

    String getName() {
        return name;
    }
}

@Entity
class PriceList {
    @Id
    Long id;
    String code;

    String getCode() {
        return code;
    }
}

interface ValueSetRepository extends JpaRepository<ValueSet, Long> {
    ValueSet findByUrl(String url);
}

interface PriceListRepository extends JpaRepository<PriceList, Long> {
    PriceList findByCode(String code);
}

class TerminologyService {

    private final ValueSetRepository valueSets;
    private final PriceListRepository priceLists;

    TerminologyService(ValueSetRepository valueSets, PriceListRepository priceLists) {
        this.valueSets = valueSets;
        this.priceLists = priceLists;
    }

    public String name(String url) {
        ValueSet set = valueSets.findByUrl(url);
        if (set == null) {
            System.out.println("retrying " + url);
            set = valueSets.findByUrl(url + "/");
        }
        return set.getName().trim();  // expect: null-dereference "findByUrl("
    }

    public String priceListCode(String code) {
        return priceLists.findByCode(code).getCode();  // expect: null-dereference "findByCode("
    }
}
