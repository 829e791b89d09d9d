package opt.case56;

import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;

@Service
public class RatingService {

    private final ReviewRepository reviewRepository;

    public RatingService(ReviewRepository reviewRepository) {
        this.reviewRepository = reviewRepository;
    }

    public String stars(Long productId) {
        OptionalDouble avg = reviewRepository.findByProductId(productId).stream().mapToInt(Review::getStars).average();
        return avg.isPresent() ? String.format("%.1f", avg.getAsDouble()) : "no ratings yet";
    }

    public double verifiedScore(Long productId) {
        List<Review> reviews = reviewRepository.findByProductId(productId);
        OptionalDouble verified = reviews.stream()
                .filter(Review::isVerifiedPurchase)
                .mapToInt(Review::getStars)
                .average();
        if (!verified.isPresent()) {
            return 0.0;
        }
        return Math.round(verified.getAsDouble() * 20) / 20.0;
    }
}
