package opt.case22;

public record SmtpSettings(String host, int port, String username, String password, boolean startTls) {
}
