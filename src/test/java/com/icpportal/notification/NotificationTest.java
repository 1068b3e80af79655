package com.icpportal.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import com.icpportal.support.RememberedPasswordHashes;
import com.icpportal.support.TestClockConfiguration;
import com.icpportal.support.TestDatabase;

/**
 * The portal with a real SMTP server (GreenMail) and the HTTP SMS gateway pointed at a local
 * server ({@link NotificationServers}): one extra context, shared by every class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {TestDatabase.class, NotificationServers.class})
@Import({TestClockConfiguration.class, RememberedPasswordHashes.class})
@interface NotificationTest {}
