// Sign-up form endpoints: the form asks whether a login name is free while the user types,
// and posts the finished form to create the login.
package checkthenact.case36;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UsernameController {

    private final LoginAccountRepository logins;
    private final LoginAccountFactory factory;

    public UsernameController(LoginAccountRepository logins, LoginAccountFactory factory) {
        this.logins = logins;
        this.factory = factory;
    }

    @GetMapping("/signup/names/{loginName}/available")
    public boolean available(@PathVariable String loginName) {
        return !logins.existsByLoginNameIgnoreCase(loginName);
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    public long signUp(@RequestBody LoginAccountFactory.SignUpForm form) {
        return logins.save(factory.fromForm(form)).getId();
    }
}
