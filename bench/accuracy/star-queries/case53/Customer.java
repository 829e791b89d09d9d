package stars.case53;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Customer {
    @Id
    private Long id;
    private String region;
    private boolean active;
    @OneToMany(mappedBy = "customerId")
    private List<Object> orders;
}
