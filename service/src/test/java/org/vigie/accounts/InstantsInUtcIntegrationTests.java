package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.InstantsInUtc;

/**
 * A service whose JVM runs on America/Montreal and one on UTC write the same UTC wall times and read each other's instants.
 * Each service here is the database, its migrations, the service's connection settings and the sign-in throttle: a
 * repository that writes instants, compares them in SQL, and is read by no background job. The instants are 01:30 on the
 * fall-back Sunday, twice (daylight time, then standard time): a JVM-local wall time would make them one.
 */
class InstantsInUtcIntegrationTests {
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final Instant FIRST_0130 = Instant.parse("2026-11-01T05:30:00Z");
    private static final Instant SECOND_0130 = Instant.parse("2026-11-01T06:30:00Z");
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);
    private static final List<String> ZONE_PROPERTIES = List.of("connectionTimeZone", "serverTimezone", "preserveInstants",
            "forceConnectionTimeZoneToSession");

    private final TimeZone before = TimeZone.getDefault();
    private final String first = "utc-probe-" + UUID.randomUUID();
    private final String second = "utc-probe-" + UUID.randomUUID();
    private final String address = "utc-probe-" + UUID.randomUUID();

    @AfterEach
    void restoreTheJvmZone() {
        TimeZone.setDefault(before);
        DateTimeUtils.resetCalendar();
    }

    @Test
    void onMariaDbAServiceInMontrealAndOneInUtcStoreUtcAndReadTheSameInstants() {
        try (var utc = service(ZoneOffset.UTC, UnaryOperator.identity()); var montreal = service(MONTREAL, InstantsInUtcIntegrationTests::bare)) {
            try {
                assertThat(montreal.getEnvironment().getProperty("spring.datasource.url")).doesNotContain("connectionTimeZone");
                failOnce(utc, second, SECOND_0130);
                failOnce(montreal, first, FIRST_0130);

                assertThat(raw(montreal, first)).isEqualTo(List.of("2026-11-01 05:30:00", "2026-11-01 07:30:00"));
                assertThat(raw(montreal, second)).isEqualTo(List.of("2026-11-01 06:30:00", "2026-11-01 08:30:00"));
                for (var service : List.of(montreal, utc)) {
                    assertThat(lockedUntil(service, first, FIRST_0130)).isEqualTo(FIRST_0130.plus(Duration.ofHours(2)));
                    assertThat(lockedUntil(service, second, FIRST_0130)).isEqualTo(SECOND_0130.plus(Duration.ofHours(2)));
                    assertThat(jdbc(service).sql("SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW())").query(Integer.class).single())
                            .as("the session's own clock speaks UTC").isZero();
                }
                assertThat(dateReadBack(montreal)).isEqualTo(FALL_BACK);
            } finally {
                forget(utc);
            }
        }
    }

    @Test
    void onTheEmbeddedDatabaseAServiceStartedInMontrealStoresUtcAndKeepsItsDates() {
        TimeZone.setDefault(TimeZone.getTimeZone(MONTREAL)); // -Duser.timezone=America/Montreal
        InstantsInUtc.pinDefaultZone(); // what main does first
        try (var embedded = started(url -> "jdbc:h2:mem:instants-in-utc;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=")) {
            failOnce(embedded, first, FIRST_0130);
            failOnce(embedded, second, SECOND_0130);

            assertThat(raw(embedded, first)).isEqualTo(List.of("2026-11-01 05:30:00", "2026-11-01 07:30:00"));
            assertThat(raw(embedded, second)).isEqualTo(List.of("2026-11-01 06:30:00", "2026-11-01 08:30:00"));
            assertThat(lockedUntil(embedded, first, FIRST_0130)).isEqualTo(FIRST_0130.plus(Duration.ofHours(2)));
            assertThat(lockedUntil(embedded, second, FIRST_0130)).isEqualTo(SECOND_0130.plus(Duration.ofHours(2)));
            assertThat(dateReadBack(embedded)).isEqualTo(FALL_BACK);
        }
    }

    private void failOnce(ConfigurableApplicationContext service, String account, Instant at) {
        service.getBean(ProbeClock.class).now = at;
        assertThat(service.getBean(SignInThrottle.class).failed(account, address)).isPresent();
    }

    private Instant lockedUntil(ConfigurableApplicationContext service, String account, Instant at) {
        service.getBean(ProbeClock.class).now = at;
        return service.getBean(SignInThrottle.class).lockOn(account, "elsewhere").orElseThrow().until();
    }

    private static List<String> raw(ConfigurableApplicationContext service, String account) {
        return jdbc(service).sql("SELECT CAST(counting_since AS CHAR(19)), CAST(locked_until AS CHAR(19)) FROM sign_in_throttle"
                        + " WHERE kind = 'ACCOUNT' AND subject = ?").param(account)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
    }

    /** A DATE as the repositories write it (a LocalDate) and read it (getDate): the day itself, in any zone. */
    private static LocalDate dateReadBack(ConfigurableApplicationContext service) {
        return jdbc(service).sql("SELECT CAST(? AS DATE)").param(FALL_BACK).query((rs, n) -> rs.getDate(1).toLocalDate()).single();
    }

    private void forget(ConfigurableApplicationContext service) {
        jdbc(service).sql("DELETE FROM sign_in_throttle WHERE subject IN (?, ?, ?)").params(first, second, address).update();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class);
    }

    /** A service on the test database, its URL passed through {@code url}, whose JVM's default zone is {@code zone} from its start. */
    private static ConfigurableApplicationContext service(ZoneId zone, UnaryOperator<String> url, String... arguments) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return started(url, arguments);
    }

    private static ConfigurableApplicationContext started(UnaryOperator<String> url, String... arguments) {
        DateTimeUtils.resetCalendar(); // H2 keeps the zone it saw first; a JVM started now would see this one
        return new SpringApplicationBuilder(Probe.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("probe",
                        Map.of("spring.datasource.url", url.apply(context.getEnvironment().getRequiredProperty("spring.datasource.url"))))))
                .run(Stream.concat(Stream.of(arguments), Stream.of("--vigie.security.sign-in.account.failures=1",
                        "--vigie.security.sign-in.account.lock=2h", "--vigie.security.sign-in.account.max-lock=2h")).toArray(String[]::new));
    }

    /** The URL without any time-zone property, as an operator may well give it. */
    private static String bare(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(parameter -> !ZONE_PROPERTIES.contains(parameter.split("=", 2)[0])).collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** The clock of one probe service: the instant it writes or reads at. */
    static final class ProbeClock extends Clock {
        volatile Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the throttle reads instants only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
            FlywayAutoConfiguration.class})
    @EnableConfigurationProperties(SecuritySettings.class)
    @Import({InstantsInUtc.class, SignInThrottle.class})
    static class Probe {
        @Bean
        ProbeClock clock() {
            return new ProbeClock();
        }

        /** The throttle counts its refusals (metrics): the service's registry is not part of the probe. */
        @Bean
        io.micrometer.core.instrument.MeterRegistry meters() {
            return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        }
    }
}
