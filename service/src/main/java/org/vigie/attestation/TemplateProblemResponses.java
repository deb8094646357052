package org.vigie.attestation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vigie.web.ProblemResponses;
import org.vigie.web.Texts;

/** A broken template is the service's fault, not the caller's: 503 naming the file and line; nothing was issued. */
@RestControllerAdvice
class TemplateProblemResponses {
    private static final Logger log = LoggerFactory.getLogger(TemplateProblemResponses.class);

    @ExceptionHandler(TemplateProblemException.class)
    ProblemDetail templateProblem(TemplateProblemException e) {
        log.error("Attestation template problem: {}", e.getMessage());
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, Texts.of("attestation.template.title"),
                Texts.of("attestation.template.problem", "problem", e.getMessage()), List.of());
        problem.setProperty("templateFile", e.file());
        problem.setProperty("templateLine", e.line());
        return problem;
    }
}
