package io.pyloom.server.settings;

/**
 * A setting's value that cannot be used. The message reads after the setting's name, so the
 * command line says {@code --port needs ...} and the log says {@code port needs ...}.
 */
public final class BadSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BadSettingException(String message) {
        super(message);
    }
}
