package dev.backlint.maven;

import dev.backlint.engine.ScanRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Scans every module of the reactor, each against its own classpath, and writes one
 * SARIF run for the whole build (GitHub accepts at most 20 runs per upload). Run it once
 * at the root, after the modules are built: {@code mvn verify backlint:aggregate}.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class AggregateMojo extends AbstractBacklintMojo {

    @Override
    protected boolean failsBuild() {
        return true;
    }

    @Override
    protected List<ScanRequest> requests() throws MojoExecutionException {
        List<ScanRequest> requests = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            ScanRequest request = request(module);
            if (request != null) {
                requests.add(request);
            }
        }
        return requests;
    }
}
