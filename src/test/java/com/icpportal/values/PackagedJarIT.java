package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code ./mvnw package} builds, run as a separate process: the build trims ICU4J and the geocoder to
 * the data the portal reads, which the unit tests (on the full jars) cannot see. Runs in Failsafe's
 * integration-test phase, after the jar is built; no Spring context, a few seconds.
 */
class PackagedJarIT {

    /** Set by Failsafe (see the pom); absent when Surefire picks this class up through {@code -Dtest=...}. */
    private static final String JAR_PROPERTY = "packaged.jar";

    private static final Path JAR = Path.of(System.getProperty(JAR_PROPERTY, "target/missing.jar"));

    @BeforeEach
    void onlyAfterPackage() {
        assumeTrue(System.getProperty(JAR_PROPERTY) != null, "runs in Failsafe, after the jar is built");
    }

    /** The default jar stays under 100 MB (issue 14; the S3 client and the metrics registry came in after). */
    @Test
    void theJarIsUnderOneHundredMegabytes() throws IOException {
        assertThat(Files.size(JAR)).isLessThanOrEqualTo(100_000_000L);
    }

    /**
     * One case for each piece of ICU data the portal reads (UTS #46 mapping and punycode, NFKC, case folding, bidi,
     * joiners, default-ignorables, general categories) and for the geocoder's Chinese data.
     */
    @Test
    void valueTypesWorkInsideThePackagedJar() throws Exception {
        List<String> lines = runInJar(
                "domain:鿏科技.中国",
                "domain:例子.中国",
                "domain:Straße.de",
                "domain:♥.com",
                "domain:xn--fsqu00a.xn--fiqs8s",
                "domain:例子。中国",
                "domain:ＥＸＡＭＰＬＥ.com",
                "domain:ﬁ.com",
                "domain:مثال.إختبار",
                "domain:a\u200Db.com",
                "domain:a\u00ADb.com",
                "mobile:18612345678");

        assertThat(lines)
                .containsExactly(
                        "domain 鿏科技.中国 xn--2qux23cw10a.xn--fiqs8s",
                        "domain 例子.中国 xn--fsqu00a.xn--fiqs8s",
                        "domain Straße.de xn--strae-oqa.de",
                        "domain ♥.com refused value.domainName.symbol",
                        "domain xn--fsqu00a.xn--fiqs8s xn--fsqu00a.xn--fiqs8s",
                        "domain 例子。中国 xn--fsqu00a.xn--fiqs8s",
                        "domain ＥＸＡＭＰＬＥ.com example.com",
                        "domain ﬁ.com fi.com",
                        "domain مثال.إختبار xn--mgbh0fb.xn--kgbechtv",
                        "domain a\u200Db.com refused value.domainName.joiner",
                        "domain a\u00ADb.com refused value.domainName.invisible",
                        "mobile 18612345678 北京市");
    }

    @Test
    void theTrimmedLibrariesAreNotAlsoPackagedWhole() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile());
                Stream<String> names = jar.stream().map(entry -> entry.getName())) {
            assertThat(names.filter(name -> name.startsWith("BOOT-INF/lib/")))
                    .isNotEmpty()
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/icu4j-"))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/geocoder-"))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/archunit-"));
        }
    }

    /** Runs {@link PackagedValuesCheck} through Spring Boot's launcher, so with the jar's own class path. */
    private static List<String> runInJar(String... values) throws Exception {
        assertThat(JAR)
                .as("the packaged jar (run through Failsafe after package)")
                .isRegularFile();
        Path input = Files.createTempFile("packaged-jar-check", ".in");
        Path output = Files.createTempFile("packaged-jar-check", ".out");
        try {
            Files.write(input, List.of(values), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Dloader.main=" + PackagedValuesCheck.class.getName(),
                            "-cp",
                            JAR.toString(),
                            "org.springframework.boot.loader.launch.PropertiesLauncher")
                    .redirectErrorStream(true)
                    .redirectInput(input.toFile())
                    .redirectOutput(output.toFile())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("the check ends within a minute")
                    .isTrue();
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(text).isZero();
            return text.lines().toList();
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }
}
