// A review handler with an @Autowired field repository that assigns findAll() and an unbounded derived query to locals and returns them (directly and in a ResponseEntity with a header).
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "reviews")
class Review {

    @Id
    @GeneratedValue
    private Long id;

    private Long productId;

    private int stars;

    private String comment;

    private Instant createdAt;

    protected Review() {
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByProductIdOrderByCreatedAtDesc(Long productId);
}

@RestController
@RequestMapping("/api/reviews")
class ReviewController {

    @Autowired
    private ReviewRepository reviewRepository;

    @GetMapping("/product/{productId}")
    public List<Review> forProduct(@PathVariable Long productId) {
        List<Review> reviews = reviewRepository.findByProductIdOrderByCreatedAtDesc(productId); // expect: unbounded-find-all "`findByProductIdOrderByCreatedAtDesc`"
        return reviews;
    }

    @GetMapping
    public ResponseEntity<List<Review>> all() {
        var everything = reviewRepository.findAll(); // expect: unbounded-find-all "`findAll`"
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(everything.size()))
                .body(everything);
    }
}
