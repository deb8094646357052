package org.vigie.rules;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vigie.web.FieldProblem;
import org.vigie.web.ProblemResponses;
import org.vigie.web.Texts;

/** No serving rule set is the service's fault, not the caller's: 503, with the rule problems for staff. */
@RestControllerAdvice
class RulesProblemResponses {
    private static final Logger log = LoggerFactory.getLogger(RulesProblemResponses.class);

    @ExceptionHandler(RulePackUnavailableException.class)
    ProblemDetail noRules(RulePackUnavailableException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, Texts.of("rules.title.unavailable"),
                e.detail(), List.of());
        problem.setProperty("ruleProblems", e.problems().stream().map(Object::toString).toList());
        return problem;
    }

    /** The field is {@code archive}, the request body; each problem names the entry at fault. */
    @ExceptionHandler(PackArchiveRefusedException.class)
    ProblemDetail archiveRefused(PackArchiveRefusedException e) {
        ProblemDetail problem = ProblemResponses.problem(e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                Texts.of("rules.title.archiveRefused"), e.getMessage(), List.of(new FieldProblem("archive", e.getMessage())));
        problem.setProperty("ruleProblems", e.problems().stream().map(Object::toString).toList());
        return problem;
    }

    @ExceptionHandler(RuleSetIncompleteException.class)
    ProblemDetail incompleteRules(RuleSetIncompleteException e) {
        log.error("Rule set incomplete: {}", e.getMessage());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, Texts.of("rules.title.incomplete"), e.detail(), List.of());
    }
}
