package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package a file declares, read without parsing, and the source roots inferred from it. */
class SourceRootsTest {

    @TempDir
    Path dir;

    @Test
    void readsThePackageAfterLicenceHeadersCommentsAndAnnotations() {
        assertEquals("org.acme.web", SourceRoots.packageIn("""
                /*
                 * Copyright 2002-2024 the original author or authors. package not.this;
                 */
                // package nor.this;
                package org.acme.web;

                import java.util.List;
                """));
        assertEquals("org.acme", SourceRoots.packageIn("""
                /** Null-safe by default. */
                @NonNullApi
                @Generated(value = "package x; tool")
                package org . acme ;
                """));
        assertEquals("", SourceRoots.packageIn("import java.util.List;\nclass NoPackage {}\n"));
        assertEquals("", SourceRoots.packageIn("public class Default { String s = \"package a.b;\"; }"));
        assertEquals("", SourceRoots.packageIn("/* unterminated"));
        assertEquals("", SourceRoots.packageIn("package 1bad;"));
        assertEquals("", SourceRoots.packageIn("package a..b;"));
        assertEquals("", SourceRoots.packageIn("package a.b.;"));
        assertEquals("", SourceRoots.packageIn("package a.2b;"));
        assertEquals("_x.y$z.v2.\u00e9t\u00e9", SourceRoots.packageIn("package _x.y$z\n\t.v2.\u00e9t\u00e9;"));
    }

    @Test
    void infersTheRootsOfFoldersWhosePathsFollowTheirPackages() {
        TempProject project = new TempProject(dir);
        project.write("module/src/main/java/org/acme/App.java", "/* licence */\npackage org.acme;\nclass App {}\n");
        project.write("module/src/main/java/org/acme/web/Api.java", "package org.acme.web;\nclass Api {}\n");
        project.write("flat/Loose.java", "package elsewhere.entirely;\nclass Loose {}\n");
        project.write("scripts/Default.java", "class Default {}\n");
        List<SourceFile> files = new SourceDiscovery(dir, List.of()).discover(List.of(dir)).files();

        assertEquals(List.of(dir.resolve("module/src/main/java"), dir.resolve("scripts")),
                SourceRoots.infer(files));
    }
}
