// A dereference inside a try whose handler catches every exception, logs and falls through to a fixed answer (return false) fails into that answer, as the method means every failure there to.
import java.util.Map;

class CaptchaCheck {

    interface Assessment {
        boolean valid();

        double score();
    }

    private Double threshold(Map<String, String> config) {
        try {
            return Double.parseDouble(config.getOrDefault("threshold", ""));
        } catch (NumberFormatException e) {
            System.out.println("threshold is not a number");
        }
        return null;
    }

    boolean passes(Assessment assessment, Map<String, String> config) {
        try {
            return assessment.valid() && assessment.score() >= threshold(config);
        } catch (Exception e) {
            System.out.println("captcha check failed: " + e);
        }
        return false;
    }
}
