package dev.backlint.flow.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.flow.state.Persistence.Entity;
import dev.backlint.flow.state.Persistence.Facts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a file's text says of repositories and of the unique keys of its classes. */
class PersistenceTest {

    private static Facts facts(String text) {
        return Persistence.KIND.extract(text);
    }

    @Test
    void readsTheEntityAndTheLockingLookupsOfARepository() {
        Facts facts = facts("""
                interface Accounts extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {
                    boolean existsByEmail(String email);
                    @Lock(LockModeType.PESSIMISTIC_WRITE)
                    Optional<Account> findByHandle(String handle);
                }
                interface Helper { void help(); }
                """);
        assertEquals(new Persistence.Repository("Account", Set.of("findByHandle")), facts.repositories().get("Accounts"));
        assertFalse(facts.repositories().containsKey("Helper"));
    }

    @Test
    void readsUniqueColumnsIdsAndConstraintsByColumnName() {
        Entity entity = facts("""
                @Entity
                @Table(name = "orders", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "order_number"}),
                        indexes = {@Index(columnList = "reference ASC", unique = true), @Index(columnList = "status")})
                class Order {
                    @Id @GeneratedValue private Long id;
                    @Column(name = "tenant_id") private long tenant;
                    @Column(name = "order_number") private String orderNumber;
                    @Column(unique = true) private String externalId;
                    private String reference;
                    private String status;
                    private static int counter;
                }
                """).entities().get("Order");
        assertTrue(entity.uniqueWithin(Set.of("id")));
        assertTrue(entity.uniqueWithin(Set.of("externalId")));
        assertTrue(entity.uniqueWithin(Set.of("reference", "status")));
        assertTrue(entity.uniqueWithin(Set.of("tenant", "orderNumber")), "columns named by the constraint");
        assertFalse(entity.uniqueWithin(Set.of("orderNumber")), "part of a composite key");
        assertFalse(entity.uniqueWithin(Set.of("status")), "an index that is not unique");
        assertTrue(entity.declares("order_number"));
        assertFalse(entity.declares("counter"), "static fields are no columns");
    }

    @Test
    void readsMongoUniqueIndexesAndRecordComponents() {
        Facts facts = facts("""
                @Document
                @CompoundIndex(def = "{'tenant': 1, 'slug': 1}", unique = true)
                record Page(@Id String id, String tenant, String slug, @Indexed(unique = true) String path, String title) {
                }
                """);
        Entity page = facts.entities().get("Page");
        assertTrue(page.uniqueWithin(Set.of("tenant", "slug")));
        assertTrue(page.uniqueWithin(Set.of("path")));
        assertFalse(page.uniqueWithin(Set.of("title")));
    }

    @Test
    void anUnparsableFileSaysNothing() {
        assertEquals(new Facts(java.util.Map.of(), java.util.Map.of()), facts("class Broken { @Column int"));
    }

    @Test
    void derivedQueriesGiveTheirEqualityPropertiesPerAlternative() {
        assertEquals(List.of(List.of("email")), Races.criteria("existsByEmailIgnoreCase"));
        assertEquals(List.of(List.of("tenantId", "code")), Races.criteria("findFirstByTenantIdAndCodeOrderByCreatedAtDesc"));
        assertEquals(List.of(List.of("email"), List.of("username")), Races.criteria("existsByEmailOrUsername"));
        assertEquals(List.of(List.of("email")), Races.criteria("countByEmailAndDeletedAtIsNull"));
        assertEquals(List.of(List.of("origin")), Races.criteria("findByOrigin"), "Or inside a word is no alternative");
        assertEquals(List.of(), Races.criteria("existsActiveSubscription"));
    }
}
