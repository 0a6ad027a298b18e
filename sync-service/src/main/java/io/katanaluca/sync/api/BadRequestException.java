package io.katanaluca.sync.api;

/** The request cannot be served as sent; the message tells the caller what to change. */
class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
