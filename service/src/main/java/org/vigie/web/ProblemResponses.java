package org.vigie.web;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 7807 problem: a title, a detail a person can act on (in French, the
 * users' language), and the fields at fault under {@code errors}. Never a 500 for bad input.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Requête invalide", e.getMessage(), e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Introuvable", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Opération impossible dans l'état actuel", e.getMessage(), List.of());
        if (e.code() != null) {
            problem.setProperty("code", e.code());
        }
        return problem;
    }

    @ExceptionHandler(UnauthorizedException.class)
    ProblemDetail unauthorized(UnauthorizedException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Authentification refusée", e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Accès refusé", e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Modification concurrente",
                "Cette ressource vient d'être modifiée par quelqu'un d'autre. Rechargez-la et recommencez.", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        var tooLong = ColumnRefusals.of(e);
        if (tooLong.isPresent()) {
            return problem(HttpStatus.BAD_REQUEST, "Requête invalide", tooLong.get().message(), List.of(tooLong.get()));
        }
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflit", "Cette opération entre en conflit avec des données existantes.", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String why = e.getMostSpecificCause() instanceof java.time.format.DateTimeParseException parse
                && parse.getMessage().startsWith("doit être") ? " : le champ " + parse.getMessage() : "";
        return problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                "La valeur « " + e.getValue() + " » ne convient pas pour " + e.getName() + why + ".",
                List.of(new FieldProblem(e.getName(), "Valeur invalide : " + e.getValue())));
    }

    /** A multipart body without a boundary, or cut short: the file cannot be read. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        String message = "Le fichier envoyé est illisible : le corps multipart/form-data est mal formé ou incomplet.";
        return problem(HttpStatus.BAD_REQUEST, "Requête invalide", message, List.of(new FieldProblem("file", message)));
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
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne",
                "Une erreur inattendue est survenue; rien n'a été enregistré. Réessayez plus tard.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "Le corps de la requête n'est pas du JSON valide.";
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            message = mapping instanceof UnrecognizedPropertyException ? "Champ inconnu : " + field + "."
                    : mapping instanceof RefusedInputException ? "Le champ " + field + " " + mapping.getOriginalMessage() + "."
                    : mapping instanceof InvalidNullException ? "Le champ " + field + " ne peut pas être null."
                    : "Valeur invalide pour le champ " + field + ".";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Requête invalide", message,
                List.of(new FieldProblem(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                problems.isEmpty() ? "Requête invalide." : problems.get(0).message(), problems));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        String message = "Le fichier dépasse la taille maximale permise.";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "Fichier trop volumineux", message, List.of(new FieldProblem("file", message))));
    }

    /** Written as a problem whatever the request accepted: the caller must learn why nothing was done. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        String formats = ex.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        String message = "Cette ressource ne répond qu'en " + formats + " ; l'en-tête Accept n'en admet aucun.";
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.NOT_ACCEPTABLE, "Représentation non disponible", message,
                        List.of(new FieldProblem("Accept", message))));
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
