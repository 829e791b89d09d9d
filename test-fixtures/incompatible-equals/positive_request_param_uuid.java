// Account settings endpoints that compare the account's UUID with a userId String from a request parameter or a JSON body.
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

interface CurrentAccountProvider {

    CustomerAccount current();
}

record AccountSettingsUpdate(String userId, String displayName, boolean newsletter) {
}

@RestController
class AccountSettingsController {

    private final CurrentAccountProvider currentAccount;

    AccountSettingsController(CurrentAccountProvider currentAccount) {
        this.currentAccount = currentAccount;
    }

    @PutMapping("/accounts/settings")
    ResponseEntity<Void> update(@RequestParam String userId, @RequestBody AccountSettingsUpdate body) {
        CustomerAccount current = currentAccount.current();
        if (!current.getPublicId().equals(userId)) { // expect: incompatible-equals "`UUID` with `String`"
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (!Objects.equals(body.userId(), current.getPublicId())) { // expect: incompatible-equals "`String` with `UUID`"
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/accounts/settings/v2")
    ResponseEntity<Void> updateV2(@RequestParam String userId, @RequestBody AccountSettingsUpdate body) {
        CustomerAccount current = currentAccount.current();
        UUID requested = UUID.fromString(userId);
        if (!current.getPublicId().equals(requested) || !current.getPublicId().toString().equals(body.userId())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.noContent().build();
    }
}
