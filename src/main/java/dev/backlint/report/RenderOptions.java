package dev.backlint.report;

/**
 * What the renderers may be asked to vary; each format reads the options that apply
 * to it and ignores the others.
 *
 * @param quiet             text: print only the summary line
 * @param includeSuppressed SARIF: keep suppressed findings (marked {@code inSource});
 *                          GitHub ignores the marking, so leave this off for uploads
 * @param category          SARIF: the {@code automationDetails.id} category, or {@code null}
 */
public record RenderOptions(boolean quiet, boolean includeSuppressed, String category) {

    public static RenderOptions defaults() {
        return new RenderOptions(false, false, null);
    }
}
