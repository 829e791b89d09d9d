// An exception handler that puts the top stack frame into a ProblemDetail and logs through java.util.logging, without printing the trace.
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class DiagnosticsExceptionHandler {

    private static final Logger LOGGER = Logger.getLogger(DiagnosticsExceptionHandler.class.getName());

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException ex) {
        LOGGER.log(Level.WARNING, ex, () -> "State conflict: " + ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        StackTraceElement[] frames = ex.getStackTrace();
        if (frames.length > 0) {
            problem.setProperty("origin", frames[0].getClassName() + "." + frames[0].getMethodName());
        }
        return problem;
    }
}
