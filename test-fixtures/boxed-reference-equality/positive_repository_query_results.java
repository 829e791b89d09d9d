// Spring Data repositories declared here (also used by other files) whose Optional<Long>, List<Long> and Long results a membership service compares with ==.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Entity
@Table(name = "projects")
class ProjectEntity {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private Long ownerId;

    private Integer memberLimit;

    protected ProjectEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Integer getMemberLimit() {
        return memberLimit;
    }
}

interface ProjectRepository extends JpaRepository<ProjectEntity, Long> {

    @Query("select p.ownerId from ProjectEntity p where p.id = :id")
    Optional<Long> findOwnerIdById(@Param("id") Long id);

    @Query("select m.userId from ProjectMember m where m.projectId = :projectId order by m.joinedAt")
    List<Long> findMemberIds(@Param("projectId") Long projectId);

    Long countByOwnerId(Long ownerId);
}

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByCustomerId(Long customerId);
}

@Service
@Transactional(readOnly = true)
class ProjectMembershipService {

    private final ProjectRepository projects;

    ProjectMembershipService(ProjectRepository projects) {
        this.projects = projects;
    }

    public boolean isOwner(Long projectId, Long userId) {
        return projects.findOwnerIdById(projectId).orElse(null) == userId; // expect: boxed-reference-equality "`projects.findOwnerIdById(projectId).orElse(null)`"
    }

    public boolean ownsAsManyAs(Long ownerId, Long otherOwnerId) {
        return projects.countByOwnerId(ownerId) == projects.countByOwnerId(otherOwnerId); // expect: boxed-reference-equality "`projects.countByOwnerId(ownerId)`"
    }

    public boolean isFounder(Long projectId, Long userId) {
        List<Long> memberIds = projects.findMemberIds(projectId);
        return !memberIds.isEmpty() && memberIds.get(0) == userId; // expect: boxed-reference-equality "`memberIds.get(0)`"
    }

    public boolean hasOwner(Long projectId) {
        return projects.findOwnerIdById(projectId).orElse(null) != null;
    }
}
