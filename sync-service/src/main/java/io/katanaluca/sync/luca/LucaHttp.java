package io.katanaluca.sync.luca;

import io.katanaluca.sync.remote.RemoteCallTimer;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one {@link LucaRequest} and hands back the raw {@link LucaReply}, whatever its status.
 * Judging the reply is {@link LucaReplyClassifier}'s job; this class only turns I/O failures into
 * transient errors and encodes bodies exactly in the configured charset, never replacing a character.
 */
class LucaHttp {

    private static final Logger log = LoggerFactory.getLogger(LucaHttp.class);

    private final RestClient rest;
    private final String baseUrl;
    private final Charset charset;
    private final RemoteCallTimer timer;

    LucaHttp(RestClient rest, String baseUrl, Charset charset, RemoteCallTimer timer) {
        this.rest = rest;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.charset = charset;
        this.timer = timer;
    }

    /** Posts {@code request}, sending {@code Cookie: JSESSIONID=...} when a session id is given. */
    LucaReply post(LucaRequest request, String sessionId) {
        byte[] body = encode(request);
        long started = System.nanoTime();
        int status = RemoteCallTimer.NO_RESPONSE;
        try {
            LucaReply reply = send(request, sessionId, body);
            status = reply.status();
            log.debug("Luca {} -> HTTP {} in {} ms (session {})", request.endpoint(), reply.status(),
                    (System.nanoTime() - started) / 1_000_000, LucaSession.mask(sessionId));
            return reply;
        } finally {
            timer.record(LucaFailures.SYSTEM, request.endpoint(), status, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private LucaReply send(LucaRequest request, String sessionId, byte[] body) {
        try {
            return rest.post()
                    .uri(URI.create(baseUrl + "/" + request.endpoint()))
                    .headers(headers -> addHeaders(headers, request, sessionId))
                    .body(body)
                    .exchange((httpRequest, response) -> read(response), true);
        } catch (RestClientException e) {
            throw LucaFailures.unreachable(request.endpoint(), baseUrl, e);
        }
    }

    private void addHeaders(HttpHeaders headers, LucaRequest request, String sessionId) {
        // Written out rather than via MediaType, which would drop the space Luca's samples show.
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json; charset=" + charset.name());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (sessionId != null) {
            headers.set(HttpHeaders.COOKIE, "JSESSIONID=" + sessionId);
        }
        if (request.noPaging()) {
            headers.set("No-Paging", "true");
        }
    }

    private static LucaReply read(ClientHttpResponse response) throws IOException {
        HttpHeaders headers = response.getHeaders();
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        String body = new String(response.getBody().readAllBytes(), charsetOf(contentType));
        return new LucaReply(response.getStatusCode().value(), contentType, body,
                headers.get(HttpHeaders.SET_COOKIE), headers.getFirst(HttpHeaders.LOCATION));
    }

    /** The reply's declared charset, else UTF-8 (what Luca sends); a garbled header is no reason to fail. */
    static Charset charsetOf(String contentType) {
        try {
            Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
            return declared == null ? StandardCharsets.UTF_8 : declared;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private byte[] encode(LucaRequest request) {
        String json = LucaJson.write(request.body());
        try {
            ByteBuffer bytes = charset.newEncoder().encode(CharBuffer.wrap(json));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw LucaFailures.rejected(request.endpoint(), "the request holds text that " + charset.name()
                    + " cannot encode; set luca.charset to UTF-8 (text is never altered to fit)");
        }
    }
}
