package io.katanaluca.sync.api;

import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.run.SyncLauncher.NothingToRetryException;
import io.katanaluca.sync.run.SyncLauncher.RunAlreadyActiveException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as {@code application/problem+json} with a message a person understands; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(RunAlreadyActiveException.class)
    ProblemDetail alreadyRunning(RunAlreadyActiveException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, "Sync already running", e.getMessage());
        problem.setProperty("runningJobId", e.active().jobId().toString());
        problem.setProperty("statusUrl", "/api/sync/job/" + e.active().jobId());
        return problem;
    }

    @ExceptionHandler(NothingToRetryException.class)
    ProblemDetail nothingToRetry(NothingToRetryException e) {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Nothing to retry", e.getMessage());
    }

    /** Katana or Luca failed while serving a request (the mapping preview reads both). */
    @ExceptionHandler(RemoteCallException.class)
    ProblemDetail remoteFailure(RemoteCallException e) {
        return ProblemResponses.problem(HttpStatus.BAD_GATEWAY, e.system() + " did not answer as expected",
                e.system() + " " + e.endpoint() + ": " + e.reason() + (e.isTransient() ? "; try again in a moment" : ""));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error serving a request", e);
        return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The service failed unexpectedly; the log has the details.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body is not valid JSON of the expected shape, e.g. {\"syncType\":\"PRODUCT\",\"limit\":100,\"dryRun\":false}");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
