package com.icpportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Only the module of the test's package (Spring Modulith's {@link ApplicationModuleTest}), against
 * the shared test PostgreSQL and the test clock: shows that the module starts without the others
 * it should not need. {@link #mode()} or {@link #extraIncludes()} bring in the modules it needs; what the
 * shared configuration would give them stands in ({@link ModuleTestStandIns}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestClockConfiguration.class, ModuleTestStandIns.class})
// Each module's context serves one test class: closed after it, its connections go back to the
// shared PostgreSQL (100 at most) instead of waiting in the context cache until the run ends.
@DirtiesContext
public @interface ModuleTest {

    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.STANDALONE;

    /** Always the shared kernel (its job locks, ClusterJobs, serve every module's jobs). */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {"shared"};
}
