// A JPA menu entity with Short and Byte columns and a service that compares those boxed getters of two entities or a Byte parameter with ==.
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.springframework.stereotype.Service;

@Entity
@Table(name = "menu_items")
class MenuItem {

    @Id
    @GeneratedValue
    private Long id;

    private String label;

    @Column(name = "display_order")
    private Short displayOrder;

    @Column(name = "access_level")
    private Byte accessLevel;

    protected MenuItem() {
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Short getDisplayOrder() {
        return displayOrder;
    }

    public Byte getAccessLevel() {
        return accessLevel;
    }
}

@Service
class MenuOrderingService {

    public boolean sameSlot(MenuItem first, MenuItem second) {
        return first.getDisplayOrder() == second.getDisplayOrder(); // expect: boxed-reference-equality "`first.getDisplayOrder()`"
    }

    public List<MenuItem> visibleAt(List<MenuItem> items, Byte level) {
        return items.stream().filter(item -> level == item.getAccessLevel()).toList(); // expect: boxed-reference-equality "`level`"
    }

    public boolean isPinned(MenuItem item) {
        return item.getDisplayOrder() == 0;
    }
}
