package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.RamqNumbers;

/**
 * Guessing passwords, against the service as deployed behind a TLS proxy: the client's address comes from
 * X-Forwarded-For (trusted from the proxy only), the per-address limit is lowered to 10 for the test, and
 * hashes have production's cost. Every failure here comes from an address of its own test, never from
 * 127.0.0.1, which the rest of the suite shares.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "vigie.security.behind-tls=true",
        "vigie.security.sign-in.address.failures=10", "vigie.security.bcrypt-strength=10"})
class SignInBehindProxyIntegrationTests extends ApiTest {


    private final String address = "198.51." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);

    private Api.Response me(Api.Login login, String from) {
        return api.get(login, "/api/me", Map.of("X-Forwarded-For", from, "Accept-Language", "fr-CA"));
    }

    private static Api.Login wrong(Api.Login login) {
        return new Api.Login(login.username(), "not-the-password");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForAMinuteEvenAgainstTheRightPassword() {
        Api.Login member = api.newMember().login();
        clock.stop(); // the wait the answers name is counted from the lock: no second may pass between them
        for (int i = 1; i <= 4; i++) {
            assertThat(me(wrong(member), address).status()).as("failure " + i).isEqualTo(401);
        }
        Api.Response fifth = me(wrong(member), address);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.headers().get("retry-after")).containsExactly("60");
        assertThat(fifth.headers().get("content-type").get(0)).startsWith("application/problem+json");
        assertThat(fifth.text("/detail"))
                .isEqualTo("Trop de tentatives de connexion infructueuses avec cet identifiant. Réessayez dans 1 minute.");
        assertThat(Instant.parse(fifth.text("/lockedUntil"))).isAfter(clock.instant());

        Api.Response right = me(member, address);
        assertThat(right.status()).as("locked: the password is not even checked").isEqualTo(429);
        Api.Response english = api.get(member, "/api/me", Map.of("X-Forwarded-For", address, "Accept-Language", "en"));
        assertThat(english.text("/detail")).isEqualTo("Too many failed sign-ins with this username. Try again in 1 minute.");
        assertThat(me(member, randomAddress()).status()).as("from another address too").isEqualTo(429);

        clock.move(Duration.ofSeconds(61));
        assertThat(me(member, address).status()).isEqualTo(200);
    }

    @Test
    void eachFailureAfterALockDoublesTheNextLock() {
        Api.Login member = api.newMember().login();
        for (int i = 1; i <= 5; i++) {
            me(wrong(member), address);
        }
        clock.move(Duration.ofSeconds(61));
        Api.Response sixth = me(wrong(member), address);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.headers().get("retry-after")).containsExactly("120");
        assertThat(sixth.text("/detail")).endsWith("Réessayez dans 2 minutes.");
    }

    @Test
    void aSuccessfulSignInStartsTheAccountsCountAfresh() {
        Api.Login member = api.newMember().login();
        for (int i = 1; i <= 4; i++) {
            me(wrong(member), address);
        }
        assertThat(me(member, address).status()).isEqualTo(200);
        for (int i = 1; i <= 4; i++) {
            assertThat(me(wrong(member), address).status()).as("failure " + i + " after the success").isEqualTo(401);
        }
    }

    @Test
    void aNameWithNoAccountIsLockedJustAsAnAccountIs() {
        Api.Login nobody = new Api.Login("personne-" + UUID.randomUUID() + "@example.org", "not-the-password");
        for (int i = 1; i <= 4; i++) {
            assertThat(me(nobody, address).status()).isEqualTo(401);
        }
        Api.Response fifth = me(nobody, address);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.text("/detail")).contains("avec cet identifiant");
    }

    @Test
    void anAdministratorLiftsALock() {
        Api.Login member = api.newMember().login();
        for (int i = 1; i <= 5; i++) {
            me(wrong(member), address);
        }
        assertThat(me(member, address).status()).isEqualTo(429);

        assertThat(api.delete(api.newMember().login(), "/api/sign-in-locks/" + member.username()).status()).as("not by a member")
                .isEqualTo(403);
        assertThat(api.delete(Api.admin(), "/api/sign-in-locks/" + member.username()).status()).isEqualTo(204);

        assertThat(me(member, address).status()).isEqualTo(200);
        assertThat(api.delete(Api.admin(), "/api/sign-in-locks/" + member.username()).status()).as("nothing to lift").isEqualTo(204);
    }

    @Test
    void aClinicUserIsLockedByEitherOfTheirNamesAndCannotOpenASession() {
        String ramqId = "CE" + String.format("%06d", RamqNumbers.next());
        String pseudonym = "clinique-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", ramqId, "firstName", "Julie", "lastName", "Tremblay",
                "pseudonym", pseudonym, "onlineServices", true, "password", Api.PASSWORD)).status()).isEqualTo(201);
        for (int i = 1; i <= 5; i++) {
            me(new Api.Login(pseudonym, "not-the-password"), address);
        }

        Api.Response session = api.post(new Api.Login(ramqId, Api.PASSWORD), "/api/clinic/sessions", Map.of(),
                Map.of("X-Forwarded-For", address));
        assertThat(session.status()).isEqualTo(429);
        assertThat(session.headers()).containsKey("retry-after");
        assertThat(count("clinic_session", "ramq_id = ?", ramqId)).isZero();
    }

    @Test
    void tenFailuresFromOneAddressLockThatAddressForEveryNameButNotOtherAddresses() {
        clock.stop(); // the wait the answer names is counted from the lock
        for (int i = 1; i <= 9; i++) {
            Api.Login guess = new Api.Login("devine-" + UUID.randomUUID() + "@example.org", "not-the-password");
            assertThat(me(guess, address).status()).as("guess " + i).isEqualTo(401);
        }
        Api.Response tenth = me(new Api.Login("devine-" + UUID.randomUUID() + "@example.org", "not-the-password"), address);
        assertThat(tenth.status()).isEqualTo(429);
        assertThat(tenth.text("/detail"))
                .isEqualTo("Trop de tentatives de connexion infructueuses depuis votre adresse. Réessayez dans 1 minute.");

        Api.Login member = api.newMember().login();
        assertThat(me(member, address).status()).as("an account never failed, from that address").isEqualTo(429);
        assertThat(me(member, randomAddress()).status()).as("from another address").isEqualTo(200);
    }

    @Test
    void browsersAreToldToKeepToHttpsWhenTheServiceIsBehindTls() {
        Api.Response health = api.get(null, "/actuator/health");
        assertThat(health.headers().get("strict-transport-security")).containsExactly("max-age=31536000 ; includeSubDomains");
    }

    /**
     * A wrong password for an account takes as long as one for a name with no account (directly or through a clinic pseudonym):
     * medians of interleaved attempts, each from its own address and lifted after, so that no lock answers early.
     */
    @Test
    void aWrongPasswordTakesAsLongWhetherTheAccountExistsOrNot() {
        Api.Login member = api.newMember().login();
        String pseudonym = "pseudo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", "IP" + String.format("%06d", RamqNumbers.next()),
                "firstName", "Marc", "lastName", "Gagnon", "pseudonym", pseudonym, "onlineServices", true, "password", Api.PASSWORD));
        int rounds = 11;
        long[] known = new long[rounds];
        long[] alias = new long[rounds];
        long[] unknown = new long[rounds];
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            timedFailure(member.username());
            timedFailure("inconnu-" + UUID.randomUUID() + "@example.org");
        }
        for (int i = 0; i < rounds; i++) {
            known[i] = timedFailure(member.username());
            unknown[i] = timedFailure("inconnu-" + UUID.randomUUID() + "@example.org");
            alias[i] = timedFailure(pseudonym);
        }
        double knownMedian = median(known);
        assertThat(median(unknown)).as("unknown e-mail vs account (%s ns)", knownMedian).isGreaterThan(knownMedian / 2);
        assertThat(median(alias)).as("pseudonym vs account (%s ns)", knownMedian).isGreaterThan(knownMedian / 2);
        assertThat(knownMedian).as("account vs unknown e-mail").isGreaterThan(median(unknown) / 2);
    }

    private long timedFailure(String username) {
        String from = randomAddress();
        long start = System.nanoTime();
        int status = me(new Api.Login(username, "not-the-password"), from).status();
        long took = System.nanoTime() - start;
        assertThat(status).isEqualTo(401);
        api.delete(Api.admin(), "/api/sign-in-locks/" + username);
        return took;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String randomAddress() {
        return "203.0." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
    }
}
