package dev.skillsite.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which inline code names a file of the Valkey repository, and the link it gets. */
class SourceLinksTest {
    /** This repository's own settings for its content (jbake.properties). */
    static final SourceLinks VALKEY = new SourceLinks("https://github.com/valkey-io/valkey/blob/unstable/",
            List.of("src/", "tests/", "utils/", "deps/", ".github/"), Set.of("valkey.conf", "sentinel.conf", "README.md",
            "CONTRIBUTING.md", "GOVERNANCE.md", "MAINTAINERS.md", "SECURITY.md", "COPYING", "runtest", "runtest-cluster",
            "runtest-moduleapi", "runtest-sentinel"));
    private static final String BLOB = "https://github.com/valkey-io/valkey/blob/unstable/";

    @Test
    void aSourceFileLinksToTheRepositoryAtTheConfiguredRef() {
        assertEquals(Optional.of(BLOB + "src/ae.c"), VALKEY.href("src/ae.c"));
        assertEquals(Optional.of(BLOB + "tests/unit/expire.tcl"), VALKEY.href("tests/unit/expire.tcl"));
        assertEquals(Optional.of(BLOB + ".github/workflows/ci.yml"), VALKEY.href(".github/workflows/ci.yml"));
    }

    @Test
    void aLineOrARangeBecomesGithubsLineAnchor() {
        assertEquals(Optional.of(BLOB + "src/ae.c#L123"), VALKEY.href("src/ae.c:123"));
        assertEquals(Optional.of(BLOB + "src/ae.c#L10-L20"), VALKEY.href("src/ae.c:10-20"));
    }

    @Test
    void foldersAndTheKnownTopLevelFilesLinkToo() {
        assertEquals(Optional.of(BLOB + "tests/unit/"), VALKEY.href("tests/unit/"));
        assertEquals(Optional.of(BLOB + "src/Makefile"), VALKEY.href("src/Makefile"));
        assertEquals(Optional.of(BLOB + "valkey.conf"), VALKEY.href("valkey.conf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/*.c", "src/commands/<name>.json", "tests/unit/...", "src/valkey-server",
            "deps/jemalloc/lib/libjemalloc.a", "Makefile", "aeMain()", "src/ae.c and more", "../src/ae.c",
            "docs/ae.c", "src/unit", "tests/unit/:12"})
    void globsPlaceholdersBuildOutputsAmbiguousNamesAndProseStayCode(String code) {
        assertEquals(Optional.empty(), VALKEY.href(code));
    }

    @Test
    void anotherRepositoryAndRefAreASettingAway() {
        SourceLinks fork = new SourceLinks("https://example.org/fork/blob/v9", List.of("lib"), Set.of("build.conf"));
        assertEquals(Optional.of("https://example.org/fork/blob/v9/lib/x.c"), fork.href("lib/x.c"));
        assertEquals(Optional.of("https://example.org/fork/blob/v9/build.conf"), fork.href("build.conf"));
        assertEquals(Optional.empty(), fork.href("src/ae.c"));
    }

    @Test
    void anEmptyUrlTurnsSourceLinksOff() {
        assertEquals(Optional.empty(), new SourceLinks("", VALKEY.folders(), VALKEY.files()).href("src/ae.c"));
    }
}
