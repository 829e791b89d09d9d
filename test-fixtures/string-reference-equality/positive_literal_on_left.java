// A maintenance-mode controller that puts the String literal on the left of == and !=.
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MaintenanceController {

    private String state = "running";

    @GetMapping("/maintenance")
    public String status(@RequestParam String role) {
        if ("ADMIN" == role) { // expect: string-reference-equality "ADMIN"
            return "state=" + state;
        }
        if ("maintenance" != state) { // expect: string-reference-equality "maintenance"
            return "ok";
        }
        return "down for maintenance";
    }
}
