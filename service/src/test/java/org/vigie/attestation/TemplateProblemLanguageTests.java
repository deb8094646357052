package org.vigie.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A broken template's 503 (hard to bring about through the API: the templates are the repository's) is titled and
 * explained in the caller's language; the file, line and problem stay as the template's author reads them.
 */
class TemplateProblemLanguageTests {
    private final TemplateProblemResponses responses = new TemplateProblemResponses();
    private final TemplateProblemException broken = new TemplateProblemException("cycle.html", 12, "the attestation has no value 'etat'");

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void caller(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void aBrokenTemplateIsTitledAndExplainedInTheCallersLanguage() {
        caller("en");
        ProblemDetail english = responses.templateProblem(broken);
        assertThat(english.getTitle()).isEqualTo("Attestation template to fix");
        assertThat(english.getDetail()).isEqualTo("The attestation template must be fixed before any attestation is issued: "
                + "cycle.html:12: the attestation has no value 'etat'");
        assertThat(english.getProperties()).containsEntry("templateFile", "cycle.html").containsEntry("templateLine", 12);

        caller("fr");
        ProblemDetail french = responses.templateProblem(broken);
        assertThat(french.getTitle()).isEqualTo("Modèle d'attestation à corriger");
        assertThat(french.getDetail()).isEqualTo("Le modèle d'attestation est à corriger avant toute délivrance : "
                + "cycle.html:12: the attestation has no value 'etat'");
    }
}
