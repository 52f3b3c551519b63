package io.pyloom.server.compose;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.ComposeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns TeaVM's module into core.js: the composition's data first ({@code pyloom$composed}, read
 * by the kernel), then the compiled code, then the call that starts it.
 */
final class Weaver {

    private static final Pattern MAIN_EXPORT = Pattern.compile("export\\s*\\{\\s*([\\w$]+) as main\\s*\\}\\s*;?\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Weaver() {
    }

    /** @param data what the kernel reads as {@code pyloom$composed} (paths relative to core.js) */
    static String weave(String compiled, Map<String, Object> data) throws ComposeException {
        Matcher main = MAIN_EXPORT.matcher(compiled);
        if (!main.find()) {
            throw new ComposeException("TeaVM's output has no 'main' export to start");
        }
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new ComposeException("Cannot write the composition's data", e);
        }
        // JSON is a JS expression, but "</script" and U+2028/9 deserve escaping for inline use.
        json = json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "const pyloom$composed = Object.assign(" + json
                + ", { base: new URL('./', import.meta.url).href, url: import.meta.url });\n"
                + compiled.substring(0, main.end()).stripTrailing() + "\n" + main.group(1) + "([]);\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
