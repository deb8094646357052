package org.vigie.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.vigie.scheduling.notices.SmsGateway;

/** The service's own SMS gateway, which a test may put out of order to see the messages wait (and go once it is back). */
public final class TestGateways {
    private TestGateways() {
    }

    public static final class Sms implements SmsGateway {
        private final SmsGateway local;
        private final AtomicBoolean down = new AtomicBoolean();

        Sms(SmsGateway local) {
            this.local = local;
        }

        public void down(boolean isDown) {
            down.set(isDown);
        }

        @Override
        public void send(String phone, List<String> parts, Long notice) {
            if (down.get()) {
                throw new IllegalStateException("the SMS provider does not answer (test)");
            }
            local.send(phone, parts, notice);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        Sms outageableSms(@Qualifier("localSmsGateway") SmsGateway local) {
            return new Sms(local);
        }
    }
}
