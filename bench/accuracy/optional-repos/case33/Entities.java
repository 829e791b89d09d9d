package opt.case33;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
class Location {

    @Id
    Long id;

    String name;

    boolean active;
}

@Entity
class Bin {

    @Id
    String code;

    Long locationId;

    int capacity;

    int used;
}
