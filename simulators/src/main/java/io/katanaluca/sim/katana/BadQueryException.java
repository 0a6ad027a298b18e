package io.katanaluca.sim.katana;

/** A query parameter Katana would reject with 400. */
final class BadQueryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String code;

    BadQueryException(String parameter, String code, String message) {
        super(message);
        this.parameter = parameter;
        this.code = code;
    }

    String parameter() {
        return parameter;
    }

    String code() {
        return code;
    }
}
