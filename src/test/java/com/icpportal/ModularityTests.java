package com.icpportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of design.md, each a package whose internals no other module touches. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(IcpPortalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Every module lists the modules it may use, so {@link #modulesRespectTheirBoundaries()} rejects
     * any other dependency (a module without the list may use anything's API).
     */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(MODULES.stream())
                .allSatisfy(module -> assertThat(declaredDependencies(module))
                        .as("allowedDependencies of %s", module.getIdentifier())
                        .isNotNull()
                        .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN));
    }

    /** And uses each module it lists: the declared graph is the real one, not a looser one. */
    @Test
    void everyDeclaredDependencyIsUsed() {
        assertThat(MODULES.stream())
                .allSatisfy(module -> assertThat(declaredModules(module))
                        .as("modules %s declares", module.getIdentifier())
                        .isEqualTo(module.getDirectDependencies(MODULES)
                                .uniqueModules()
                                .map(used -> used.getIdentifier().toString())
                                .collect(Collectors.toCollection(TreeSet::new))));
    }

    /** docs/modules.md's table lists, for every module, exactly the dependencies it declares. */
    @Test
    void theModuleTableOfTheDocumentationMatches() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$");
        for (String line : Files.readAllLines(Path.of("docs/modules.md"))) {
            Matcher matcher = row.matcher(line);
            if (matcher.matches()) {
                documented.put(
                        matcher.group(1),
                        Pattern.compile("`([^`]+)`")
                                .matcher(matcher.group(2))
                                .results()
                                .map(name -> name.group(1).replace(" ", ""))
                                .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> declared.put(
                module.getIdentifier().toString(),
                Arrays.stream(declaredDependencies(module))
                        .map(name -> name.replace(" ", ""))
                        .collect(Collectors.toCollection(TreeSet::new))));
        assertThat(documented).isEqualTo(declared);
    }

    static String[] declaredDependencies(ApplicationModule module) {
        return module.getBasePackage()
                .getAnnotation(org.springframework.modulith.ApplicationModule.class)
                .map(org.springframework.modulith.ApplicationModule::allowedDependencies)
                .orElse(null);
    }

    /** The modules named in allowedDependencies, without their named interfaces ({@code account :: web}). */
    static Set<String> declaredModules(ApplicationModule module) {
        return Arrays.stream(declaredDependencies(module))
                .map(name -> name.split("::")[0].strip())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The generator writes plain SQL: it uses no other module, and no module uses it. */
    @Test
    void theDataGeneratorStandsAlone() {
        ApplicationModule generator = MODULES.getModuleByName("generator").orElseThrow();
        assertThat(generator.getDirectDependencies(MODULES).uniqueModules()).isEmpty();
        assertThat(MODULES.stream()
                        .filter(module -> module.getDirectDependencies(MODULES).contains(generator)))
                .isEmpty();
    }

    /**
     * Writes the module diagrams (PlantUML, to target/spring-modulith-docs) when asked, not in the
     * default run: nothing checks them there and they take a while to write.
     *
     * <pre>./mvnw -B test -Dtest=ModularityTests -Dportal.module-docs=true</pre>
     */
    @Test
    @EnabledIfSystemProperty(named = "portal.module-docs", matches = "true")
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
