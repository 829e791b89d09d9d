package opt.case56;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Review {

    @Id
    private Long id;

    private Long productId;

    private int stars;

    private boolean verifiedPurchase;

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public int getStars() {
        return stars;
    }

    public boolean isVerifiedPurchase() {
        return verifiedPurchase;
    }
}
