// Spring Data existsBy checks followed by save on the same repository when no row was found, on entity columns without a unique constraint: `if (!repo.existsByX(x)) { ... repo.save(..) }`, `if (repo.existsByX(x)) throw ...; repo.save(..)`, a two-property existsBy, and a CrudRepository.
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false)
    private String username;

    private Instant createdAt;

    protected AppUser() {
    }

    AppUser(String email, String username) {
        this.email = email;
        this.username = username;
        this.createdAt = Instant.now();
    }
}

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    boolean existsByEmail(String email);

    boolean existsByUsername(String username);
}

@Service
class UserSignupService {

    private static final Logger log = LoggerFactory.getLogger(UserSignupService.class);

    private final AppUserRepository users;

    UserSignupService(AppUserRepository users) {
        this.users = users;
    }

    void signUp(String email, String username) {
        if (!users.existsByEmail(email)) { // expect: check-then-act "`users`"
            log.info("creating account for {}", email);
            users.save(new AppUser(email, username));
        }
    }

    AppUser claimUsername(String email, String username) {
        if (users.existsByUsername(username)) throw new IllegalArgumentException("username taken: " + username); // expect: check-then-act "`users`"
        var user = new AppUser(email, username);
        return users.save(user);
    }
}

@Entity
class ProjectSlug {

    @Id
    @GeneratedValue
    private Long id;

    private String workspaceId;

    private String slug;

    protected ProjectSlug() {
    }

    ProjectSlug(String workspaceId, String slug) {
        this.workspaceId = workspaceId;
        this.slug = slug;
    }
}

interface ProjectSlugRepository extends CrudRepository<ProjectSlug, Long> {

    boolean existsByWorkspaceIdAndSlug(String workspaceId, String slug);

    boolean existsBySlug(String slug);
}

@Service
class ProjectNamingService {

    private final ProjectSlugRepository projectSlugRepository;

    ProjectNamingService(ProjectSlugRepository projectSlugRepository) {
        this.projectSlugRepository = projectSlugRepository;
    }

    ProjectSlug reserve(String workspaceId, String slug) {
        if (projectSlugRepository.existsByWorkspaceIdAndSlug(workspaceId, slug)) { // expect: check-then-act "`projectSlugRepository`"
            throw new IllegalStateException("slug %s already used in %s".formatted(slug, workspaceId));
        }
        return projectSlugRepository.save(new ProjectSlug(workspaceId, slug));
    }

    void reserveGlobal(String slug) {
        if (!this.projectSlugRepository.existsBySlug(slug)) { // expect: check-then-act "`projectSlugRepository`"
            this.projectSlugRepository.save(new ProjectSlug("global", slug));
        }
    }
}
