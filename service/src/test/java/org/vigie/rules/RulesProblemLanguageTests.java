package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The 503 answers of a rule set that cannot answer (hard to bring about through the API: a regulator whose pack never
 * compiled, rules that give no status) are titled and explained in the caller's language; the rule authors' problems
 * stay as the checks give them.
 */
class RulesProblemLanguageTests {
    private final RulesProblemResponses responses = new RulesProblemResponses();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void caller(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void noServingRuleSetIsTitledAndExplainedInTheCallersLanguage() {
        var unavailable = new RulePackUnavailableException("cnp-demo",
                List.of(new PackProblem("pack.yaml", 0, 0, "cycles: at least one cycle (id, start, end) is required")));
        caller("en");
        ProblemDetail english = responses.noRules(unavailable);
        assertThat(english.getTitle()).isEqualTo("Rules unavailable");
        assertThat(english.getDetail()).isEqualTo("No rule set is serving for regulator “cnp-demo”.");
        assertThat(english.getProperties()).containsEntry("ruleProblems",
                List.of("pack.yaml: cycles: at least one cycle (id, start, end) is required"));

        caller(null);
        ProblemDetail french = responses.noRules(unavailable);
        assertThat(french.getTitle()).isEqualTo("Règles indisponibles");
        assertThat(french.getDetail()).isEqualTo("Aucune version des règles de «\u00A0cnp-demo\u00A0» n'est en service.");
    }

    @Test
    void rulesThatGiveNoStatusAreTitledInTheCallersLanguageWithWhatTheAuthorsRead() {
        var incomplete = new RuleSetIncompleteException("otpq", "2025.4", "the rules set no status");
        caller("en-CA");
        ProblemDetail english = responses.incompleteRules(incomplete);
        assertThat(english.getTitle()).isEqualTo("Rules incomplete");
        assertThat(english.getDetail()).isEqualTo("Rule set otpq 2025.4: the rules set no status");

        caller("fr-CA");
        ProblemDetail french = responses.incompleteRules(incomplete);
        assertThat(french.getTitle()).isEqualTo("Règles incomplètes");
        assertThat(french.getDetail()).isEqualTo("Les règles otpq 2025.4 n'ont pas donné ce qu'il faut pour répondre : the rules set no status");
    }
}
