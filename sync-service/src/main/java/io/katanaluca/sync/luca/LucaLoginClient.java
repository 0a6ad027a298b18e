package io.katanaluca.sync.luca;

import io.katanaluca.sync.luca.LucaReplyClassifier.Verdict;
import io.katanaluca.sync.remote.RemoteCallException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Luca's three-step login: sign in ({@code Giris.do}), list the user's branches, select one. Until a
 * branch is selected Luca answers every call with "Login olunmalı", so a login is only done after
 * step 3. A 1001/1002/1003 reply during the login (Luca had not settled the new session yet, pain
 * point 5.1) is transient; wrong credentials or branch configuration are permanent.
 *
 * <p>A login whose branch steps failed transiently (a 5xx, an error page, no reply) keeps its signed-in
 * session, and the next login resumes with it instead of signing in again: Luca throttles sign-ins
 * (captcha), and a sign-in should follow only an expiry. Called under the session manager's login lock.
 */
public class LucaLoginClient {

    static final String SIGN_IN = "Giris.do";
    static final String LIST_BRANCHES = "YdlUserResponsibilityOrgSs.do";
    static final String SELECT_BRANCH = "GuncelleYtkSirketSubeDegistir.do";

    private static final Logger log = LoggerFactory.getLogger(LucaLoginClient.class);
    private static final long SUCCESS = 0;
    private static final long BAD_CREDENTIALS = 99;
    private static final Pattern LOCKED_OUT = Pattern.compile("captcha|deneme hakk", Pattern.CASE_INSENSITIVE);

    private final LucaHttp http;
    private final LucaProperties props;
    private volatile String signedIn; // signed in, branch not selected yet; null unless a branch step failed transiently

    LucaLoginClient(LucaHttp http, LucaProperties props) {
        this.http = http;
        this.props = props;
    }

    /** Logs in and selects the branch; returns the {@code JSESSIONID} of the ready session. */
    String login() {
        String sessionId = signedIn != null ? signedIn : signIn();
        signedIn = sessionId;
        try {
            LucaBranch branch = chooseBranch(sessionId);
            String readyId = selectBranch(branch, sessionId);
            signedIn = null;
            log.info("Logged in to Luca as {} (org {}), branch {} ({}), session {}", props.username(), props.orgCode(),
                    branch.id(), branch.name(), LucaSession.mask(readyId));
            return readyId;
        } catch (RemoteCallException e) {
            if (!e.isTransient()) {
                signedIn = null;
            }
            throw e;
        }
    }

    private String signIn() {
        LucaReply reply = http.post(LucaRequest.of(SIGN_IN, credentials()), null);
        requireSignedIn(LucaReplyClassifier.classify(reply));
        return SessionCookie.jsessionId(reply.setCookies()).orElseThrow(() -> LucaFailures.rejected(SIGN_IN,
                "Luca accepted the login but set no JSESSIONID cookie; check that luca.base-url points at Luca itself"));
    }

    private void requireSignedIn(Verdict verdict) {
        JsonNode json = jsonDuringLogin(SIGN_IN, verdict);
        long code = LucaJson.code(json).orElse(-1);
        if (code == SUCCESS) {
            return;
        }
        String lucaSays = LucaJson.message(json).orElse("none");
        if (LOCKED_OUT.matcher(lucaSays).find()) {
            throw LucaFailures.rejected(SIGN_IN, "Luca wants a captcha for user " + props.username()
                    + " (too many failed logins); log in once in a browser, then retry");
        }
        if (code == BAD_CREDENTIALS) {
            throw LucaFailures.rejected(SIGN_IN, "Luca rejected the credentials for org " + props.orgCode() + " user "
                    + props.username() + "; check luca.org-code/username/password");
        }
        throw LucaFailures.rejected(SIGN_IN, "Luca refused the login (code " + code + ", message " + lucaSays + ")");
    }

    private Map<String, Object> credentials() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgCode", props.orgCode());
        body.put("userName", props.username());
        body.put("userPassword", props.password());
        return body;
    }

    private LucaBranch chooseBranch(String sessionId) {
        JsonNode reply = call(LIST_BRANCHES, Map.of(), sessionId).json();
        return LucaBranch.choose(LucaBranchListReader.read(reply), props.branchId(), LIST_BRANCHES);
    }

    /** Selects the branch; Luca may hand out a new session id on the way, which is then the one to use. */
    private String selectBranch(LucaBranch branch, String sessionId) {
        LoginStep selected = call(SELECT_BRANCH, Map.of("orgSirketSubeId", branch.id()), sessionId);
        long code = LucaJson.code(selected.json()).orElse(SUCCESS);
        if (LucaJson.isErrorFlagSet(selected.json()) || code != SUCCESS) {
            throw LucaFailures.rejected(SELECT_BRANCH, "Luca refused to select branch " + branch.id() + " (code " + code
                    + ", message " + LucaJson.message(selected.json()).orElse("none") + ")");
        }
        return selected.newSessionId().orElse(sessionId);
    }

    private LoginStep call(String endpoint, Map<String, ?> body, String sessionId) {
        LucaReply reply = http.post(LucaRequest.of(endpoint, body), sessionId);
        return new LoginStep(jsonDuringLogin(endpoint, LucaReplyClassifier.classify(reply)),
                SessionCookie.jsessionId(reply.setCookies()));
    }

    /** A session Luca dropped cannot be resumed: the next login signs in afresh. */
    private JsonNode jsonDuringLogin(String endpoint, Verdict verdict) {
        if (verdict.isExpired()) {
            signedIn = null;
            throw LucaFailures.retryable(endpoint, "Luca dropped the session while logging in (" + verdict.reason() + ")");
        }
        return verdict.jsonOrThrow(endpoint);
    }

    /** A step's JSON, and the session id Luca set with it if it set a new one. */
    private record LoginStep(JsonNode json, Optional<String> newSessionId) {
    }
}
