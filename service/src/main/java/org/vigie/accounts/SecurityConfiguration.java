package org.vigie.accounts;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.vigie.rules.RulePacks;
import org.vigie.web.Languages;
import org.vigie.web.LoginAliases;
import org.vigie.web.ProblemBodies;
import org.vigie.web.SessionTokens;
import org.vigie.web.Texts;

/**
 * Every endpoint but health needs an account: HTTP Basic, or a clinic session's Bearer token (no HTTP session). Who may see what is decided
 * per resource by {@link Caller}; this only makes sure there is a caller.
 */
@Configuration
class SecurityConfiguration {
    /** The clinics' rule pack, whose M1 answers a clinic user's refused sign-in. */
    private static final String CLINIC_PACK = "scheduling";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        // stored hashes are "{bcrypt}..."; BCrypt reads the cost of each from the hash itself, so a change of cost keeps old ones valid
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
    }

    @Bean
    CachingAuthenticationProvider authenticationProvider(Accounts accounts, ObjectProvider<LoginAliases> aliases, PasswordEncoder encoder,
                                                         SignInThrottle throttle, Clock clock) {
        return new CachingAuthenticationProvider(accounts, aliases, encoder, throttle, clock);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            ObjectProvider<SessionTokens> sessions, ObjectProvider<RulePacks> packs, SecuritySettings settings,
                                            Clock clock) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .headers(headers -> SecurityHeaders.apply(headers, settings.behindTls()))
                // a clinic session's token (POST /api/clinic/sessions) signs a request in before HTTP Basic is looked at
                .addFilterBefore(new BearerSessionFilter(sessions), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the provider bean is the global manager's already: added here too, a wrong password would be checked (and counted) twice
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // the API's documentation is read without signing in (VIGIE_API_DOCS=false takes it off the service)
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        // metrics are the operator's: the service administrator's login
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        // a physician registers themself, and anyone may ask for a password reset link
                        .requestMatchers(HttpMethod.POST, "/api/physicians", "/api/password-resets", "/api/password-resets/*").permitAll()
                        // the page the e-mailed link opens, and its form
                        .requestMatchers(HttpMethod.GET, PasswordResetPage.PATH + "*").permitAll()
                        .requestMatchers(HttpMethod.POST, PasswordResetPage.PATH + "*").permitAll()
                        // a connected agenda software (LCGA) signs in with its location's identifiers and secret, not with an account
                        .requestMatchers(HttpMethod.POST, "/api/clinic/lcga-sessions").permitAll()
                        // anyone checks an attestation, with no login
                        .requestMatchers("/api/public/**", "/verify/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInLocked locked) {
                        locked.answer(request, response, clock.instant());
                        return;
                    }
                    response.setHeader("WWW-Authenticate", "Basic realm=\"vigie\"");
                    String language = language(request);
                    problem(response, 401, Texts.in(language, "web.problem.unauthenticated.title", Map.of()),
                            request.getRequestURI().startsWith("/api/clinic")
                                    // R3: the clinic's users get the guide's message M1
                                    ? clinicRefusal(packs.getObject(), language)
                                    : Texts.in(language, "web.problem.unauthenticated.detail", Map.of()));
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                    String language = language(request);
                    problem(response, 403, Texts.in(language, "web.problem.forbidden.title", Map.of()),
                            Texts.in(language, "web.problem.forbidden.detail", Map.of()));
                }));
        return http.build();
    }

    /**
     * The guide's M1 as the scheduling pack words it (the provincial operator may change it); the catalogue's copy of it
     * while the pack serves no version.
     */
    private static String clinicRefusal(RulePacks packs, String language) {
        try {
            var parameters = packs.require(CLINIC_PACK).parameters();
            if (parameters.hasMessage("message.M1")) {
                return parameters.message("message.M1", language);
            }
        } catch (RuntimeException e) { // no version of the pack serving: the sign-in still answers
            log.debug("The scheduling pack is not serving: M1 from the catalogue", e);
        }
        return Texts.in(language, "accounts.signIn.clinicRefused", Map.of());
    }

    /** The caller's language, read from the request: a filter may run before Spring's request context is set. */
    static String language(HttpServletRequest request) {
        return Languages.of(request.getHeader("Accept-Language"));
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemBodies.write(response, status, title, detail, Map.of());
    }
}
