package io.pyloom.kernel;

import io.pyloom.kernel.rules.Messages;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The shapes of the options the kernel reads; anything else is left to plugins and the page. */
final class ConfigValidation {

    private ConfigValidation() {
    }

    /** @param where {@code " @ url"} or empty, for the message */
    static void check(JSObject config, String where) throws KernelError {
        String problem = problemOf(config);
        if (problem != null) {
            throw new KernelError(Messages.invalidShape(where, problem));
        }
    }

    @JSBody(params = "c", script = ""
            + "if ('interpreter' in c && typeof c.interpreter !== 'string')"
            + "  return 'interpreter must be a version or the URL of an interpreter module (a string), not ' + JSON.stringify(c.interpreter);"
            + "var lists = ['plugins', 'packages'];"
            + "for (var n = 0; n < lists.length; n++) { var k = lists[n]; if (!(k in c)) continue;"
            + "  if (!Array.isArray(c[k])) return k + ' must be a list of names, not ' + JSON.stringify(c[k]);"
            + "  for (var i = 0; i < c[k].length; i++) if (typeof c[k][i] !== 'string')"
            + "    return k + '[' + i + '] must be a name (a string), not ' + JSON.stringify(c[k][i]); }"
            + "if ('files' in c) {"
            + "  if (c.files === null || typeof c.files !== 'object' || Array.isArray(c.files))"
            + "    return 'files must be a table of URL = destination path, not ' + JSON.stringify(c.files);"
            + "  var urls = Object.keys(c.files);"
            + "  for (var j = 0; j < urls.length; j++) if (typeof c.files[urls[j]] !== 'string')"
            + "    return 'the destination of files[' + JSON.stringify(urls[j]) + '] must be a path (a string), not '"
            + "      + JSON.stringify(c.files[urls[j]]); }"
            + "return null;")
    private static native String problemOf(JSObject config);
}
