// Fields of @RestController, @Controller and @ControllerAdvice beans written by handler and exception-handler methods, which every request runs on the one instance.
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CartController {

    record CartLine(String sku, int quantity) {
    }

    private String customerId;  // expect: singleton-mutable-state "`customerId`"
    private List<CartLine> lines = new ArrayList<>();  // expect: singleton-mutable-state "`lines`"

    @PostMapping("/carts/{customerId}/lines")
    ResponseEntity<List<CartLine>> addLine(@PathVariable String customerId, @RequestBody CartLine line) {
        this.customerId = customerId;
        lines.add(line);
        return ResponseEntity.ok(lines);
    }

    @GetMapping("/carts/{customerId}")
    List<CartLine> show(@PathVariable String customerId) {
        return customerId.equals(this.customerId) ? lines : List.of();
    }
}

@Controller
class ProfilePageController {

    private String displayName;  // expect: singleton-mutable-state "`displayName`"

    @GetMapping("/profile")
    String profile(@RequestParam String user, Model model) {
        displayName = user.strip();
        model.addAttribute("name", displayName);
        return "profile";
    }
}

@ControllerAdvice
class ApiErrorAdvice {

    private Exception lastError;  // expect: singleton-mutable-state "`lastError`"
    private int errorCount;  // expect: singleton-mutable-state "`errorCount`"

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        lastError = e;
        errorCount++;
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<String> conflict(IllegalStateException e) {
        lastError = e;
        errorCount++;
        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
    }
}
