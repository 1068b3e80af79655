package com.icpportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal against the shared test PostgreSQL, with MockMvc. Every test class that uses
 * it, or {@link PortalServerTest}, shares one Spring context: a context costs seconds to start, so
 * a test that needs another configuration should have a reason to.
 *
 * <p>The portal also runs on a real Tomcat at a random port, so that the tests which need what only
 * a servlet container does ({@link PortalServerTest}) share this context instead of starting their
 * own; MockMvc requests do not go through that server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
// The statement counter's DataSource wrapper, here rather than on StatementCountTest: one context less.
@Import({
    TestClockConfiguration.class,
    RememberedPasswordHashes.class,
    StatementCounter.Configuration.class,
    TemplateModelTypes.OnEveryPage.class
})
public @interface PortalTest {}
