package dev.backlint.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Like {@code check}, but only reports: the build never fails on findings. */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class ScanMojo extends CheckMojo {

    @Override
    protected boolean failsBuild() {
        return false;
    }
}
