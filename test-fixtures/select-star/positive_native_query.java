// Spring Data @Query(nativeQuery = true) whose value selects all columns, as a literal and as a text block.
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Entity
@Table(name = "app_users")
class AppUser {
    @Id
    Long id;

    @Column(nullable = false, unique = true)
    String email;

    String status;

    @Column(name = "last_login_at")
    Instant lastLoginAt;
}

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query(value = "SELECT * FROM app_users WHERE email = :email", nativeQuery = true)  // expect: select-star "`app_users`"
    Optional<AppUser> findByEmailNative(@Param("email") String email);

    @Query(nativeQuery = true,
            value = "select u.* from app_users u join user_groups g on g.user_id = u.id where g.name = :group")  // expect: select-star "`app_users`"
    List<AppUser> findByGroup(@Param("group") String group);

    @Query(value = "SELECT * FROM app_users WHERE status = :status",  // expect: select-star "`app_users`"
            countQuery = "SELECT count(*) FROM app_users WHERE status = :status",
            nativeQuery = true)
    Page<AppUser> findByStatusNative(@Param("status") String status, Pageable pageable);

    @Query(value = """
            SELECT *
            FROM app_users
            WHERE last_login_at < :cutoff
            """, nativeQuery = true)  // expect: select-star "`app_users`"
    List<AppUser> findInactiveSince(@Param("cutoff") Instant cutoff);
}
