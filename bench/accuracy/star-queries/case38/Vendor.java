package stars.case38;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "vendors")
@NamedNativeQuery(
        name = "Vendor.names",
        query = "SELECT id, name FROM vendors WHERE active = true")
@NamedQuery(name = "Vendor.all", query = "SELECT v FROM Vendor v")
public class Vendor {
    @Id
    private Long id;
    private String name;
    private boolean active;
}
