package com.icpportal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through Spring Mail. Spring Boot makes a mail sender only when {@code spring.mail.host} is
 * set; without one, the message is KEPT in the outbox (admins see it) instead of being dropped.
 */
@Component
class MailDelivery {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    DeliveryStatus send(OutboxEntry message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return DeliveryStatus.KEPT;
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("Content-Language", message.locale());
            mime.setHeader("X-Portal-Reference", message.reference() == null ? "" : message.reference());
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the email: " + e.getMessage(), e);
        }
        sender.send(mime);
        return DeliveryStatus.SENT;
    }
}
