package uk.lantern.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends plain-text email through an SMTP server (spring.mail.*). */
class SmtpEmailChannel implements EmailChannel {

    static final String NAME = "SMTP";

    private final JavaMailSender sender;
    private final String fromAddress;

    SmtpEmailChannel(JavaMailSender sender, String fromAddress) {
        this.sender = sender;
        this.fromAddress = fromAddress;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns the Message-ID, which lets a mail server's logs be matched to the outbox row. */
    @Override
    public String send(EmailMessage message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(fromAddress);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.textWithLink());
            sender.send(mime);
            return mime.getMessageID();
        } catch (MailException | MessagingException failure) {
            throw new EmailDeliveryException("SMTP: " + describe(failure), failure);
        }
    }

    /** The innermost cause says what actually went wrong, such as "Connection refused". */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == failure ? detail : failure.getClass().getSimpleName() + ": " + detail;
    }
}
