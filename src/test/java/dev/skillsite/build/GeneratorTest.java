package dev.skillsite.build;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator's own fingerprint, on which every cached result depends. */
class GeneratorTest {

    @Test
    void theCodeLocationIsTheFolderOrJarHoldingTheClasses() throws URISyntaxException {
        Path location = Generator.codeLocation();
        assertTrue(Files.isRegularFile(location.resolve("dev/skillsite/build/Generator.class"))
                || (Files.isRegularFile(location) && location.toString().endsWith(".jar")), location.toString());
    }

    @Test
    void theSameCodeGivesTheSameFingerprintEachTimeItIsComputed() {
        // A generator it cannot identify gets a fingerprint that never repeats, so no cache is trusted.
        assertEquals(Generator.compute(), Generator.compute());
    }
}
