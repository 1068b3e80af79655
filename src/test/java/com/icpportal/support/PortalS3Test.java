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
 * {@link PortalTest} as a node of a cluster is set up: documents in an S3 bucket
 * ({@link S3TestServer}) instead of the file system, and a separate management port (random) for
 * the metrics. A second Spring context, shared by every test class that uses this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {TestDatabase.class, S3TestServer.class})
@Import({TestClockConfiguration.class, RememberedPasswordHashes.class})
public @interface PortalS3Test {}
