// One-time password check of the portal login, with a limit on failed attempts before
// the caller has to wait.
package singletons.case37;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/api/otp/verify")
public class OtpVerificationServlet extends AbstractJsonServlet {

    private static final int MAX_ATTEMPTS = 5;

    private transient OtpStore otpStore;
    private int remainingAttempts = MAX_ATTEMPTS; // shared

    @Override
    public void init() throws ServletException {
        super.init();
        otpStore = (OtpStore) getServletContext().getAttribute(OtpStore.class.getName());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (remainingAttempts <= 0) {
            writeJson(resp, 429, Map.of("error", "too many attempts"));
            return;
        }
        var body = mapper.readValue(req.getInputStream(), OtpStore.Attempt.class);
        if (!otpStore.verify(body.loginId(), body.code())) {
            remainingAttempts--;
            writeJson(resp, HttpServletResponse.SC_UNAUTHORIZED, Map.of("remaining", remainingAttempts));
            return;
        }
        remainingAttempts = MAX_ATTEMPTS;
        writeJson(resp, HttpServletResponse.SC_OK, Map.of("token", otpStore.issueSessionToken(body.loginId())));
    }
}
