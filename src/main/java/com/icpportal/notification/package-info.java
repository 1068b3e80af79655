/**
 * Notifications: email over SMTP, SMS through an {@link com.icpportal.notification.SmsGateway} and
 * in-app notices, raised from other modules' events by {@code @ApplicationModuleListener}s that the
 * JPA event publication registry makes durable. Every message has a unique key in the outbox table,
 * so a resubmitted event never sends twice; the admin page shows the outbox.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"account", "authority", "changeorder", "filing", "shared"})
package com.icpportal.notification;
