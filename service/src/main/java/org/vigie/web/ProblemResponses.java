package org.vigie.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 7807 problem: a title, a detail a person can act on (in the caller's language: French, the
 * users' language, or English when Accept-Language asks for it), and the fields at fault under {@code errors}. Never a
 * 500 for bad input.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"), e.getMessage(), e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, Texts.of("web.problem.notFound.title"), e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, Texts.of("web.problem.conflict.title"), e.getMessage(), List.of());
        if (e.code() != null) {
            problem.setProperty("code", e.code());
        }
        return problem;
    }

    @ExceptionHandler(UnauthorizedException.class)
    ProblemDetail unauthorized(UnauthorizedException e) {
        return problem(HttpStatus.UNAUTHORIZED, Texts.of("web.problem.unauthorized.title"), e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, Texts.of("web.problem.forbidden.title"), e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, Texts.of("web.problem.concurrentChange.title"),
                Texts.of("web.problem.concurrentChange.detail"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        var tooLong = ColumnRefusals.of(e);
        if (tooLong.isPresent()) {
            return problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"), tooLong.get().message(), List.of(tooLong.get()));
        }
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, Texts.of("web.problem.integrity.title"), Texts.of("web.problem.integrity.detail"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        Map<String, Object> values = new HashMap<>();
        values.put("value", String.valueOf(e.getValue()));
        values.put("name", e.getName());
        String detail;
        if (e.getMostSpecificCause() instanceof SaneText.RefusedDate date) {
            values.put("earliest", date.earliest());
            values.put("latest", date.latest());
            detail = Texts.of("web.parameter.mismatch.dateRange", values);
        } else {
            detail = Texts.of("web.parameter.mismatch", values);
        }
        return problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"), detail,
                List.of(new FieldProblem(e.getName(), Texts.of("web.parameter.invalidValue", "value", String.valueOf(e.getValue())))));
    }

    /** A multipart body without a boundary, or cut short: the file cannot be read. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        String message = Texts.of("web.upload.unreadable");
        return problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"), message, List.of(new FieldProblem("file", message)));
    }

    /** Spring Data JDBC wraps what the database said; answer for the cause. */
    @ExceptionHandler(org.springframework.data.relational.core.conversion.DbActionExecutionException.class)
    ProblemDetail databaseAction(org.springframework.data.relational.core.conversion.DbActionExecutionException e) {
        if (e.getCause() instanceof OptimisticLockingFailureException lock) {
            return concurrentChange(lock);
        }
        if (e.getCause() instanceof DataIntegrityViolationException integrity) {
            return integrity(integrity);
        }
        return unexpected(e);
    }

    /** A fault of ours, not of the request: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Texts.of("web.problem.internal.title"), Texts.of("web.problem.internal.detail"),
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = Texts.of("web.body.notJson");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            message = mapping instanceof UnrecognizedPropertyException ? Texts.of("web.body.unknownField", "field", field)
                    : mapping instanceof RefusedInputException refused ? refused.sentence(field)
                    : mapping instanceof InvalidNullException ? Texts.of("web.body.nullField", "field", field)
                    : Texts.of("web.body.invalidField", "field", field);
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"), message,
                List.of(new FieldProblem(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"),
                problems.isEmpty() ? Texts.of("web.problem.badRequest.detail") : problems.get(0).message(), problems));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        String message = Texts.of("web.upload.tooLarge.detail");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                Texts.of("web.upload.tooLarge.title"), message, List.of(new FieldProblem("file", message))));
    }

    /** Written as a problem whatever the request accepted: the caller must learn why nothing was done. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        String formats = ex.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        String message = Texts.of("web.problem.notAcceptable.formats", "formats", formats);
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.NOT_ACCEPTABLE, Texts.of("web.problem.notAcceptable.title"), message,
                        List.of(new FieldProblem("Accept", message))));
    }

    /**
     * What Spring MVC refuses before any controller runs (no route: 404; a method the route does not answer: 405; a body
     * in a format no handler reads: 415; a required parameter missing...) in the words of its status, in the caller's
     * language, instead of Spring's English. A problem a controller threw itself ({@link ErrorResponseException}) keeps its words.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (body == null && !(ex instanceof ErrorResponseException)) {
            HttpStatus known = HttpStatus.resolve(status.value());
            if (ex instanceof MissingServletRequestParameterException missing) {
                String message = Texts.of("web.parameter.required", "name", missing.getParameterName());
                body = problem(HttpStatus.BAD_REQUEST, Texts.of("web.problem.badRequest.title"), message,
                        List.of(new FieldProblem(missing.getParameterName(), message)));
            } else {
                ContainerProblem words = ContainerProblem.of(status.value(), Languages.current());
                ProblemDetail problem = problem(known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR, words.title(), words.detail(),
                        List.of());
                problem.setStatus(status.value());
                body = problem;
            }
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    /** A problem body the way every module answers: title, detail, and the fields at fault. */
    public static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        Wording french = Wording.french();
        errors = errors.stream().map(e -> new FieldProblem(e.field(), e.message() == null ? null : french.typography(e.message()))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? null : french.typography(detail));
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
