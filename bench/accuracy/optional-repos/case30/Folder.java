package opt.case30;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Folder {

    @Id
    private Long id;

    private String name;

    private Long parentId;

    private boolean shared;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isShared() {
        return shared;
    }
}
