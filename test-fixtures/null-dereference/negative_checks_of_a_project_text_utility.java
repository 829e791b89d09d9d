// A project's own text utility named like Commons' (TextUtil.isNotEmpty, TextUtil.isBlank, a class backlint cannot read): its name tells the check, so the value is present where it holds, also where the flow follows the local past a later assignment.
import com.example.util.TextUtil;

class TerminalDetector {

    boolean readsStandardInput(boolean headless) {
        String program = System.getenv("TERM_PROGRAM");
        boolean stdin = headless;
        if (!stdin) {
            if (TextUtil.isNotEmpty(program)) {
                stdin = program.equalsIgnoreCase("mintty");
            }
            program = System.getenv("MSYSTEM");
            if (!TextUtil.isBlank(program)) {
                stdin = program.startsWith("MINGW");
            }
        }
        return stdin;
    }
}
