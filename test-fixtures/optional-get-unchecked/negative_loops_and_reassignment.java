// get() inside `while (opt.isPresent())` where the loop reassigns the Optional, and a reassigned Optional checked again before its get().
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class OrgUnit {
    @Id
    Long id;
    String name;
    Long parentId;

    String getName() {
        return name;
    }

    Long getParentId() {
        return parentId;
    }
}

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {
}

class OrgChart {

    private final OrgUnitRepository units;

    OrgChart(OrgUnitRepository units) {
        this.units = units;
    }

    List<String> pathToRoot(long unitId) {
        List<String> path = new ArrayList<>();
        Optional<OrgUnit> current = units.findById(unitId);
        while (current.isPresent()) {
            OrgUnit unit = current.get();
            path.add(unit.getName());
            current = unit.getParentId() == null ? Optional.empty() : units.findById(unit.getParentId());
        }
        return path;
    }

    String parentName(long unitId) {
        Optional<OrgUnit> unit = units.findById(unitId);
        if (unit.isEmpty() || unit.get().getParentId() == null) {
            return "";
        }
        unit = units.findById(unit.get().getParentId());
        if (unit.isPresent()) {
            return unit.get().getName();
        }
        return "";
    }
}
