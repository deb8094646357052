package org.vigie.scheduling.notices;

import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The gateways of this deployment: mail through the configured SMTP server (spring.mail), SMS and automated calls recorded in
 * {@code sms_message} and {@code voice_call}, where a provider's connector would read them. A provider replaces one by a bean
 * of its own.
 */
final class LocalGateways {
    private LocalGateways() {
    }

    @Component("localMailGateway")
    static class Mail implements MailGateway {
        private final JavaMailSender sender;
        private final NoticeSettings settings;

        Mail(JavaMailSender sender, NoticeSettings settings) {
            this.sender = sender;
            this.settings = settings;
        }

        @Override
        public void send(String to, String subject, String html) {
            MimeMessage message = sender.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(settings.from());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(html, true);
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            }
            sender.send(message);
        }
    }

    @Component("localSmsGateway")
    static class Sms implements SmsGateway {
        private final SmsLog log;
        private final NoticeSettings settings;
        private final Clock clock;

        Sms(SmsLog log, NoticeSettings settings, Clock clock) {
            this.log = log;
            this.settings = settings;
            this.clock = clock;
        }

        @Override
        public void send(String phone, List<String> parts, Long notice) {
            for (String part : parts) {
                log.record("OUT", phone, settings.shortCode(), part, notice, clock.instant());
            }
        }
    }

    @Component("localCallGateway")
    static class Call implements CallGateway {
        private final SmsLog log;
        private final Clock clock;

        Call(SmsLog log, Clock clock) {
            this.log = log;
            this.clock = clock;
        }

        @Override
        public void call(String phone, String script, Long notice) {
            log.recordCall(phone, script, notice, clock.instant());
        }
    }
}
