package dev.backlint.maven;

import dev.backlint.engine.ScanRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scans the module's sources, writes SARIF and the text report, and fails the build
 * when findings reach {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractBacklintMojo {

    @Override
    protected boolean failsBuild() {
        return true;
    }

    @Override
    protected List<ScanRequest> requests() throws MojoExecutionException {
        List<ScanRequest> requests = new ArrayList<>();
        ScanRequest request = request(project);
        if (request != null) {
            requests.add(request);
        }
        return requests;
    }
}
