// Tax rules stored in the pricing database.
package staticfields.case07;

import java.util.Optional;

public interface TaxRuleRepository {

    Optional<TaxRule> findByCountryAndCategory(String country, String category);
}
