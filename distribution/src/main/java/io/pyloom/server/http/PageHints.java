package io.pyloom.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.compose.Interpreters;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The interpreter modules an app page will import, as {@code Link: <...>; rel=modulepreload}
 * headers: the browser fetches and parses the module while it is still reading the page and
 * core.js, instead of after them. Only for pages that load this server's core.js, and only where
 * the page's inline config says plainly which interpreter it wants (the same reading as core.js's
 * boot); anything else gets no hint, and core.js finds the interpreter as before.
 */
final class PageHints {

    /** The origin page URLs are given on: links to it are written as paths. */
    static final String THIS_SERVER = "pyloom.invalid";

    private static final Pattern CORE_JS = Pattern.compile("/pyloom/core(-[0-9a-f]+)?\\.js$");
    private static final Pattern CONFIG_FILE = Pattern.compile("^\\S+\\.(json|toml)(\\?\\S*)?$");
    private static final Pattern VERSION = Pattern.compile("^[0-9][0-9a-z.]*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Interpreters interpreters;

    PageHints(Interpreters interpreters) {
        this.interpreters = interpreters;
    }

    /** Link header values for a page at {@code pageUrl}; empty when there is nothing sure to say. */
    List<String> links(String html, URI pageUrl) {
        Document page = Jsoup.parse(html, pageUrl.toString());
        URI core = coreJs(page);
        List<String> links = new ArrayList<>();
        if (core == null) {
            return links;
        }
        for (String type : List.of("mpy", "py")) {
            URI module = moduleFor(page, type, core);
            if (module != null) {
                links.add("<" + relativeTo(pageUrl, module) + ">; rel=modulepreload");
            }
        }
        return links;
    }

    private static URI coreJs(Document page) {
        for (Element script : page.select("script[type=module][src]")) {
            try {
                URI src = URI.create(script.absUrl("src"));
                if (src.getPath() != null && CORE_JS.matcher(src.getPath()).find()) {
                    return src;
                }
            } catch (IllegalArgumentException notAUrl) {
                // not core.js, whatever it is
            }
        }
        return null;
    }

    /** The module the type's main-thread scripts will load, or null when there are none or it is unclear. */
    private URI moduleFor(Document page, String type, URI core) {
        String mainThread = "script[type=" + type + "]:not([worker]), " + type + "-script:not([worker])";
        Elements scripts = page.select(mainThread);
        Elements tags = page.select(type + "-config");
        if (scripts.isEmpty() || tags.size() > 1) {
            return null;
        }
        String config;
        if (tags.size() == 1) {
            if (tags.first().hasAttr("src")) {
                return null; // a config file: core.js reads it
            }
            config = tags.first().wholeText();
        } else {
            Element first = page.selectFirst("script[type=" + type + "][config]:not([worker]), "
                    + type + "-script[config]:not([worker])");
            config = first == null ? "" : first.attr("config");
        }
        String named = interpreterIn(config.strip());
        if (named == null) {
            return null;
        }
        try {
            if (named.isEmpty()) {
                String module = interpreters.modules().get(type);
                return module == null ? null : core.resolve(module);
            }
            if (VERSION.matcher(named).matches()) {
                String module = interpreters.hosted().getOrDefault(type, Map.of()).get(named);
                return module == null ? null : core.resolve(module);
            }
            return URI.create(page.baseUri()).resolve(named); // as document.baseURI does, <base> included
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    /** The config's {@code interpreter}: "" for the default, null when it cannot be told here. */
    private static String interpreterIn(String config) {
        if (config.isEmpty()) {
            return "";
        }
        if (CONFIG_FILE.matcher(config).matches()) {
            return null;
        }
        if (config.startsWith("{")) {
            try {
                JsonNode named = JSON.readTree(config).get("interpreter");
                return named == null ? "" : named.isTextual() ? named.asText() : null;
            } catch (IOException broken) {
                return null; // the kernel reports it
            }
        }
        TomlParseResult toml = Toml.parse(config);
        if (toml.hasErrors()) {
            return null;
        }
        Object named = toml.get("interpreter");
        return named == null ? "" : named instanceof String text ? text : null;
    }

    /** The module's path when it is on the page's own server, else its whole URL. */
    private static String relativeTo(URI page, URI module) {
        boolean sameOrigin = java.util.Objects.equals(page.getScheme(), module.getScheme())
                && java.util.Objects.equals(page.getRawAuthority(), module.getRawAuthority());
        return sameOrigin ? module.getRawPath() + (module.getRawQuery() == null ? "" : "?" + module.getRawQuery())
                : module.toString();
    }
}
