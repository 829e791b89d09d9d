package stars.case29;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "suppliers")
@NamedNativeQuery(
        name = "Supplier.byCountry",
        query = "SELECT * FROM suppliers WHERE country_code = ?1", // star
        resultClass = Supplier.class)
public class Supplier {
    @Id
    private Long id;
    private String name;
    private String countryCode;

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCountryCode() { return countryCode; }
}
