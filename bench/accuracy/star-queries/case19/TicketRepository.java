package stars.case19;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    @Query(nativeQuery = true, value = /* star */ """
            SELECT *
              FROM support_tickets
             WHERE assignee_id = :assignee
               AND status IN ('OPEN', 'WAITING')
            """)
    List<Ticket> openFor(@Param("assignee") long assignee);

    long countByStatus(String status);
}
