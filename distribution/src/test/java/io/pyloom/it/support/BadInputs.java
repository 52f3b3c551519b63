package io.pyloom.it.support;

import static io.pyloom.it.support.ScriptTag.script;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The bad-input matrix (docs/errors.md lists it): malformed pages and configs, each with the exact
 * message the page shows. BadInputIT opens them in the browser; CheckIT gives some to {@code check}.
 */
public final class BadInputs {

    /** A case: a page body for type T, and the message expected in the page (T and URL substituted). */
    public record Case(String name, Function<String, String> body, BiFunction<String, String, String> message, String action) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case exact(String name, Function<String, String> body, String message) {
        return new Case(name, body, (type, url) -> message.replace("{T}", type).replace("{URL}", url), null);
    }

    private static Function<String, String> config(String config) {
        return t -> script(t, "config='" + config + "'", "x = 1\n");
    }

    public static final List<Case> CASES = List.of(
            exact("invalid inline JSON", config("{\"a\": }"),
                    "(PY1000): Invalid JSON\nUnexpected token '}', \"{\"a\": }\" is not valid JSON"),
            exact("invalid TOML file", t -> script(t, "config=\"broken.toml\"", "x = 1\n"),
                    "(PY1000): Invalid TOML @ {URL}/broken.toml\nUnexpected end of line, expected a value (line 1, column 10)"),
            exact("invalid inline TOML", t -> "<" + t + "-config>\nanswer = = 1\n</" + t + "-config>" + script(t, "", "x = 1\n"),
                    "(PY1000): Invalid TOML\nInvalid TOML document: invalid value\n\n1:  answer = = 1\n             ^"),
            exact("two config tags", t -> "<" + t + "-config>{}</" + t + "-config><" + t + "-config>{}</" + t + "-config>"
                    + script(t, "", "x = 1\n"), "(PY0409): Too many {T}-config"),
            exact("config tag and attribute", t -> "<" + t + "-config>{}</" + t + "-config>" + script(t, "config=\"good.json\"", "x = 1\n"),
                    "(PY0409): Ambiguous {T}-config VS config attribute"),
            exact("two different config attributes", t -> script(t, "config=\"good.json\"", "x = 1\n") + script(t, "config='{}'", "x = 2\n"),
                    "(PY0409): Unable to use different configs on main"),
            exact("config URL answering 404", t -> script(t, "config=\"missing.json\"", "x = 1\n"),
                    "(PY1000): Failed to fetch the config {URL}/missing.json: HTTP 404"),
            exact("config URL unreachable", t -> script(t, "config=\"http://127.0.0.1:9/unreachable.json\"", "x = 1\n"),
                    "(PY1000): Failed to fetch the config http://127.0.0.1:9/unreachable.json: Failed to fetch"),
            exact("config that is an array", t -> script(t, "config=\"array.json\"", "x = 1\n"),
                    "(PY1000): Invalid config @ {URL}/array.json: it must be a table of options, not an array"),
            exact("config that is a number", t -> script(t, "config=\"number.json\"", "x = 1\n"),
                    "(PY1000): Invalid config @ {URL}/number.json: it must be a table of options, not a number"),
            exact("config with an unknown extension", t -> script(t, "config=\"config.yaml\"", "x = 1\n"),
                    "(PY1000): Invalid URL: config.yaml"),
            exact("a package that is not a string", config("{\"packages\": [\"ok\", 3]}"),
                    "(PY1000): Invalid config: packages[1] must be a name (a string), not 3"),
            exact("packages that are not a list", config("{\"packages\": \"numpy\"}"),
                    "(PY1000): Invalid config: packages must be a list of names, not \"numpy\""),
            exact("plugins that are not a list", config("{\"plugins\": \"!error\"}"),
                    "(PY1000): Invalid config: plugins must be a list of names, not \"!error\""),
            exact("interpreter that is not a string", config("{\"interpreter\": 3.14}"),
                    "(PY1000): Invalid config: interpreter must be a version or the URL of an interpreter module (a string), not 3.14"),
            exact("files that are not a table", config("{\"files\": [\"a.py\"]}"),
                    "(PY1000): Invalid config: files must be a table of URL = destination path, not [\"a.py\"]"),
            exact("a files destination that is not a string", config("{\"files\": {\"a.py\": 1}}"),
                    "(PY1000): Invalid config: the destination of files[\"a.py\"] must be a path (a string), not 1"),
            exact("an undefined placeholder", config("{\"files\": {\"{NOPE}/a.py\": \"\"}}"),
                    "(PY1000): Undefined placeholder {NOPE} in files, used by {NOPE}/a.py"),
            exact("a duplicated placeholder", config("{\"files\": {\"{A}\": \"/x\", \"{A}\": \"/y\"}}"),
                    "(PY1000): Duplicated placeholder {A} in files"),
            exact("a duplicated destination", config("{\"files\": {\"a/m.py\": \"\", \"b/m.py\": \"./m.py\"}}"),
                    "(PY1000): Duplicated destination ./m.py in files"),
            exact("an archive that is not one", config("{\"files\": {\"data.csv\": \"./d/*\"}}"),
                    "(PY1000): Unsupported archive data.csv in files: only .zip, .whl, .tgz, .tar and .tar.gz unpack to a folder/*"),
            exact("a files URL answering 404", config("{\"files\": {\"./nothing.csv\": \"\"}}"),
                    "Failed to fetch {URL}/nothing.csv (files): HTTP 404"),
            exact("a repeated JSON key", config("{\"answer\": 1, \"answer\": 2}"),
                    "(PY1000): Invalid JSON: the key \"answer\" appears twice"),
            exact("an interpreter version not hosted", config("{\"interpreter\": \"0.1.0\"}"),
                    "(PY1000): The {T} interpreter version 0.1.0 is not hosted by this server (it hosts {HOSTED}): "
                            + "name a hosted version, or give the URL of an interpreter module."),
            exact("a src answering 404", t -> script(t, "src=\"missing.py\"", ""), "Failed to fetch {URL}/missing.py: HTTP 404"),
            exact("a src unreachable", t -> script(t, "src=\"http://127.0.0.1:9/x.py\"", ""),
                    "Failed to fetch http://127.0.0.1:9/x.py: Failed to fetch"),
            exact("src and inline code together", t -> script(t, "src=\"good.py\"", "print('inline')\n"),
                    "(PY0409): Invalid content: a script with a src attribute must have no code of its own, "
                            + "for <script type=\"{T}\" src=\"good.py\">"),
            exact("a src that is not UTF-8", t -> script(t, "src=\"latin1.py\"", ""),
                    "The source {URL}/latin1.py is not UTF-8 text: save it as UTF-8."),
            exact("a worker with an invalid config", t -> script(t, "worker config='{\"a\": }'", "x = 1\n"),
                    "(PY1000): Invalid JSON\nUnexpected token '}', \"{\"a\": }\" is not valid JSON"),
            exact("a worker src answering 404", t -> script(t, "worker src=\"missing.py\"", ""),
                    "Failed to fetch {URL}/missing.py: HTTP 404"),
            exact("a worker src with inline code too", t -> script(t, "worker src=\"good.py\"", "print('inline')\n"),
                    "(PY0409): Invalid content: a script with a src attribute must have no code of its own, "
                            + "for <script type=\"{T}\" worker=\"\" src=\"good.py\">"),
            new Case("a sync call of a function the page did not set", t -> script(t, "worker",
                    "from pyscript import sync\nsync.nothing(1)\n"),
                    (t, url) -> "sync.nothing is not a function of the page: set it on the main thread with "
                            + "worker.sync.nothing = a_function", null),
            new Case("a worker sending a Python object to the page", t -> script(t, "worker",
                    "from pyscript import document\ndocument.title = object()\n"),
                    (t, url) -> "This Python object cannot be sent between a worker and the page: only data "
                            + "(numbers, strings, lists, dicts, bytes), functions and page objects can.", null),
            new Case("an exception for an __export__ of an undefined name", t -> script(t, "worker", "__export__ = ['missing']\n"),
                    (t, url) -> "NameError: __export__ names 'missing', which this worker's code does not define", null),
            new Case("an exception from PyWorker with an unknown type", t -> script(t, "",
                    "from pyscript import PyWorker\nPyWorker('./good.py', type='ruby')\n"),
                    (t, url) -> "ValueError: PyWorker type must be pyodide, py, micropython or mpy, not 'ruby'", null),
            new Case("an exception in a worker's timer callback", t -> script(t, "worker",
                    "import js\nfrom pyscript.ffi import create_proxy\ndef boom():\n    raise RuntimeError('timer in the worker')\n"
                            + "js.setTimeout(create_proxy(boom), 0)\n"),
                    (t, url) -> "RuntimeError: timer in the worker", null),
            new Case("an exception in a worker", t -> script(t, "worker", "raise ValueError('in the worker')\n"),
                    (t, url) -> "ValueError: in the worker", null),
            new Case("an exception in a worker's event handler", t -> "<button id=\"b\">b</button>"
                    + script(t, "worker", "from pyscript import when\n@when('click', '#b')\ndef boom(e):\n    raise KeyError('worker handler')\n"),
                    (t, url) -> t.equals("py") ? "KeyError: 'worker handler'" : "KeyError: worker handler", "#b"),
            new Case("a syntax error", t -> script(t, "", "def broken(:\n    pass\n"),
                    (t, url) -> "SyntaxError: invalid syntax", null),
            new Case("an exception at top level", t -> script(t, "", "raise ValueError('bad value 42')\n"),
                    (t, url) -> "ValueError: bad value 42", null),
            new Case("an exception in a when handler", t -> "<button id=\"b\">b</button>"
                    + script(t, "", "from pyscript import when\n@when('click', '#b')\ndef boom(e):\n    raise KeyError('from the handler')\n"),
                    (t, url) -> t.equals("py") ? "KeyError: 'from the handler'" : "KeyError: from the handler", "#b"),
            new Case("an exception in an async when handler", t -> "<button id=\"b\">b</button>"
                    + script(t, "", "from pyscript import when\n@when('click', '#b')\nasync def boom(e):\n    raise IndexError('async handler')\n"),
                    (t, url) -> "IndexError: async handler", "#b"),
            new Case("an exception for an invalid CSS selector", t -> script(t, "", "from pyweb import pydom\npydom['#']\n"),
                    (t, url) -> "ValueError: '#' is not a valid CSS selector", null),
            new Case("an exception for a CSS value the browser rejects", t -> script(t, "",
                    "from pyscript.web import page\npage.body.style['width'] = 'banana'\n"),
                    (t, url) -> "ValueError: 'banana' is not a valid value of the CSS property 'width'", null),
            new Case("an exception for an event an element does not have", t -> script(t, "",
                    "from pyscript.web import button\nbutton('x', on_clik=print)\n"),
                    (t, url) -> "ValueError: <button> has no 'clik' event; for custom events use @when('clik', element)", null),
            new Case("an exception for the value of an element without one", t -> script(t, "",
                    "from pyweb import pydom\npydom['body'][0].value\n"),
                    (t, url) -> "TypeError: <body> elements have no value (input, select, textarea and the like do)", null),
            new Case("an exception for children of a void element", t -> script(t, "", "from pyscript.web import br\nbr('text')\n"),
                    (t, url) -> "TypeError: <br> cannot have children", null),
            new Case("an enormous traceback", t -> script(t, "", "def down(n):\n    return down(n + 1)\ndown(0)\n"),
                    (t, url) -> t.equals("py") ? "RecursionError: maximum recursion depth exceeded" : "RuntimeError: maximum recursion depth exceeded",
                    null));

    private BadInputs() {
    }
}
