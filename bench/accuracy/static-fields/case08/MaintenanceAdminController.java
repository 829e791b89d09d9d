// Operator endpoints that switch maintenance mode on and off.
package staticfields.case08;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/maintenance")
public class MaintenanceAdminController {

    @PostMapping
    public ResponseEntity<Void> enable(@RequestParam(defaultValue = "false") boolean readOnly) {
        if (readOnly) {
            MaintenanceMode.enableReadOnly();
        } else {
            MaintenanceMode.enable();
        }
        return ResponseEntity.accepted().build();
    }

    @DeleteMapping
    public ResponseEntity<Void> disable() {
        MaintenanceMode.disable();
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    public Map<String, Boolean> state() {
        return Map.of("enabled", MaintenanceMode.isEnabled(), "readOnly", MaintenanceMode.isReadOnly());
    }
}
