// An SMS gateway helper that counts GSM septets with `i <= text.length()` and calls `text.charAt(i)` past the end.
import org.springframework.stereotype.Component;

@Component
class SmsLengthCalculator {

    private static final String GSM_EXTENDED = "^{}[]~|";

    public int septets(String text) {
        int septets = 0;
        for (int i = 0; i <= text.length(); i++) { // expect: off-by-one-loop "past the end"
            char c = text.charAt(i);
            septets += GSM_EXTENDED.indexOf(c) >= 0 ? 2 : 1;
        }
        return septets;
    }

    public int segments(String text) {
        int septets = septets(text);
        return septets <= 160 ? 1 : (septets + 152) / 153;
    }
}
