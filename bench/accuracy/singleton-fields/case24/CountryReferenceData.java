// Country reference data of the customs module, loaded once at deployment and read by
// every declaration check.
package singletons.case24;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Singleton
@Startup
public class CountryReferenceData {

    @PersistenceContext(unitName = "customs")
    private EntityManager em;

    private Map<String, Country> byIsoCode = Map.of();
    private List<String> euMembers = List.of();

    @PostConstruct
    void load() {
        List<Country> countries = em.createQuery("select c from Country c", Country.class).getResultList();
        byIsoCode = countries.stream().collect(Collectors.toUnmodifiableMap(Country::getIsoCode, Function.identity()));
        indexEuMembers(countries);
    }

    private void indexEuMembers(List<Country> countries) {
        euMembers = countries.stream().filter(Country::isEuMember).map(Country::getIsoCode).sorted().toList();
    }

    @Lock(LockType.READ)
    public Optional<Country> find(String isoCode) {
        return Optional.ofNullable(byIsoCode.get(isoCode));
    }

    @Lock(LockType.READ)
    public boolean intraEu(String from, String to) {
        return euMembers.contains(from) && euMembers.contains(to);
    }
}
