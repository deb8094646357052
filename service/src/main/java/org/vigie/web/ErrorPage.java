package org.vigie.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page (a {@code sendError} by a filter, an exception outside Spring MVC), in place of Spring Boot's
 * JSON error: a problem whatever the request's Accept said. Asked for directly, {@code /error} is a path that names nothing.
 */
@Hidden
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400 ? code : 404;
        // the request dispatched to the error page is the caller's: its Accept-Language chooses the words
        ContainerProblem problem = ContainerProblem.of(status, Languages.of(request.getHeader("Accept-Language")));
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail body = ProblemResponses.problem(known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR, problem.title(),
                problem.detail(), java.util.List.of());
        body.setStatus(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
