package io.katanaluca.sync.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Boot's {@code BasicErrorController}: whatever
 * ends in {@code sendError} or escapes a filter (a URL the firewall refuses, an exception outside
 * Spring MVC) is answered as problem+json too. The detail depends on the status only: the
 * exception's message could say more than a caller should learn. Not an endpoint of the API, so
 * not in its description.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${spring.web.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        ProblemDetail problem = ProblemResponses.problem(status, status.getReasonPhrase(), detail(status));
        problem.setInstance(ProblemResponses.instance((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(Object code) {
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: check its URL, headers and body.";
            case UNAUTHORIZED -> "Send the API user's name and password as HTTP basic credentials.";
            case NOT_FOUND -> "Nothing is served at this path; the README lists the API's endpoints.";
            case INTERNAL_SERVER_ERROR -> "The service failed unexpectedly; the log has the details.";
            default -> "The request was refused: " + status.getReasonPhrase() + ".";
        };
    }
}
