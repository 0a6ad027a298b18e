package io.katanaluca.sync.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's error format, {@code application/problem+json}, for answers written before Spring MVC
 * is reached: the security chain's refusals and the servlet filters'. Controllers throw instead,
 * and {@code ApiExceptionHandler} answers in the same shape.
 */
public final class ProblemResponses {

    /** Spring's converter, which adds the mix-in that writes a problem's members the way Spring MVC does. */
    private static final JacksonJsonHttpMessageConverter CONVERTER = new JacksonJsonHttpMessageConverter(JsonMapper.builder());

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** Answers the request with the problem; nothing else may have been written yet. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = problem(status, title, detail);
        problem.setInstance(instance(request.getRequestURI()));
        response.setStatus(status.value());
        CONVERTER.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }

    static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
