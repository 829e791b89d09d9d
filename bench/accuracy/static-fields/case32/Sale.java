// One till ticket of a shop.
package staticfields.case32;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Sale {

    @Id
    @GeneratedValue
    private Long id;

    private String shopCode;

    private LocalDate soldOn;

    private double amount;

    public Long getId() {
        return id;
    }

    public String getShopCode() {
        return shopCode;
    }

    public LocalDate getSoldOn() {
        return soldOn;
    }

    public double getAmount() {
        return amount;
    }
}
