package io.pyloom.server.api;

import java.util.Map;

/** Requested plugins are installed but cannot be composed (they do not compile with this kernel). */
public class BrokenPluginException extends ComposeException {

    private static final long serialVersionUID = 1L;

    public BrokenPluginException(Map<String, String> problems) {
        super(describe(problems));
    }

    private static String describe(Map<String, String> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach((name, problem) -> text.append(text.length() == 0 ? "" : "; ")
                .append("Plugin '").append(name).append("' is installed but broken: ").append(problem));
        return text.toString();
    }
}
