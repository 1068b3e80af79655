package com.icpportal;

import static org.assertj.core.api.Assertions.assertThat;

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
