package stars.case37;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    @Query(value = "SELECT COUNT(*) FROM login_attempts WHERE username = :u AND success = false", nativeQuery = true)
    int failuresOf(@Param("u") String username);
}
