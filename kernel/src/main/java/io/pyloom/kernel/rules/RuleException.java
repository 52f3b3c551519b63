package io.pyloom.kernel.rules;

/** A page or config breaks a rule; the message is the one the page shows. */
public final class RuleException extends Exception {

    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }
}
