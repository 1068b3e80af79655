package com.icpportal.notification;

import java.util.Date;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through Spring Mail. Spring Boot makes a mail sender only when {@code spring.mail.host} is
 * set; without one, the message is KEPT in the outbox (admins see it) instead of being dropped.
 *
 * <p>With Spring's SMTP sender the transport is driven here rather than by
 * {@link JavaMailSender#send}, so that the message counts as accepted when the server answers the
 * end of DATA, not after QUIT: a server slow to close the connection (or a crash while it does)
 * cannot make the portal send the message again. Every email carries a {@code Message-ID} made of its
 * outbox row's id, the same on every attempt, so that a repeat can be recognised downstream.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    /**
     * Sends the email; {@code accepted} runs as soon as the server has accepted it (before the
     * connection closes), and not at all when it was not accepted.
     *
     * @return SENT, or KEPT when no mail server is configured
     * @throws org.springframework.mail.MailException when the server could not be reached or refused the message
     */
    DeliveryStatus send(OutboxEntry message, Runnable accepted) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return DeliveryStatus.KEPT;
        }
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            // Another kind of sender: acceptance is known only once it returns.
            MimeMessage mime = new StableIdMimeMessage(null, messageId(message));
            compose(mime, message);
            sender.send(mime);
            accepted.run();
            return DeliveryStatus.SENT;
        }
        Session session = smtp.getSession();
        MimeMessage mime = new StableIdMimeMessage(session, messageId(message));
        compose(mime, message);
        Transport transport = null;
        try {
            transport = session.getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
            transport.connect(
                    smtp.getHost(), smtp.getPort(), blankAsNull(smtp.getUsername()), blankAsNull(smtp.getPassword()));
            mime.setSentDate(new Date());
            mime.saveChanges();
            // Returns once the server answered the end of DATA with 250: from here it has the message.
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            closeQuietly(transport, message);
            throw new MailSendException("the mail server did not accept the message: " + e.getMessage(), e);
        }
        accepted.run();
        closeQuietly(transport, message);
        return DeliveryStatus.SENT;
    }

    /** {@code <row-id@sender's domain>}: the same on every attempt at one outbox row. */
    String messageId(OutboxEntry message) {
        String from = settings.mailFrom();
        String domain = from.contains("@")
                ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip()
                : "";
        return "<" + message.id() + "@" + (domain.isEmpty() ? "icp-portal.invalid" : domain) + ">";
    }

    private void compose(MimeMessage mime, OutboxEntry message) {
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
    }

    /** QUIT: the message was accepted already (or the attempt failed), so its answer changes nothing. */
    private static void closeQuietly(Transport transport, OutboxEntry message) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Closing the SMTP connection after {} {} failed: {}", message.kind(), message.id(), e.toString());
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** A message whose {@code Message-ID} is given, not generated anew by each {@code saveChanges()}. */
    static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
