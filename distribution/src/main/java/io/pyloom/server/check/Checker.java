package io.pyloom.server.check;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.kernel.rules.ConfigShape;
import io.pyloom.kernel.rules.FilesPlan;
import io.pyloom.kernel.rules.Messages;
import io.pyloom.kernel.rules.RuleException;
import io.pyloom.server.http.TomlJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What {@code pyloom.jar check} finds in a page or a config file without a browser: the rules the
 * kernel applies when the page loads, with the kernel's own messages ({@link Messages},
 * {@link FilesPlan}). Only parser details differ: the JVM's JSON and TOML parsers word their
 * syntax errors their own way.
 */
public final class Checker {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern URL_EXTENSION = Pattern.compile("\\.(\\w+)(?:\\?\\S*)?$");
    private static final List<String> TYPES = List.of("py", "mpy");

    private Checker() {
    }

    /** The problems of a page ({@code .html}) or a config ({@code .json}, {@code .toml}); empty when it is fine. */
    public static List<String> check(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            checkPage(file, problems);
        } else if (name.endsWith(".json") || name.endsWith(".toml")) {
            config(file.getFileName().toString(), null, file.toAbsolutePath().getParent(), problems);
        } else {
            problems.add("not a page (.html) or a config (.json, .toml)");
        }
        return problems;
    }

    private static void checkPage(Path file, List<String> problems) throws IOException {
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        Path folder = file.toAbsolutePath().getParent();
        for (String type : TYPES) {
            Elements tags = page.select(type + "-config");
            Elements attributes = page.select("script[type=" + type + "][config]:not([worker]), " + type + "-script[config]:not([worker])");
            if (tags.size() > 1) {
                problems.add(Messages.tooManyConfigTags(type));
            } else if (tags.size() == 1 && !attributes.isEmpty()) {
                problems.add(Messages.configTagAndAttribute(type));
            } else if (tags.size() == 1) {
                Element tag = tags.first();
                config(tag.hasAttr("src") ? tag.attr("src") : tag.wholeText(), tag.hasAttr("type") ? tag.attr("type") : null,
                        folder, problems);
            } else if (!attributes.isEmpty()) {
                String first = attributes.first().attr("config");
                if (attributes.stream().anyMatch(tag -> !tag.attr("config").equals(first))) {
                    problems.add(Messages.differentConfigAttributes());
                } else {
                    config(first, null, folder, problems);
                }
            }
            for (Element worker : page.select("script[type=" + type + "][worker][config], " + type + "-script[worker][config]")) {
                config(worker.attr("config"), null, folder, problems);
            }
            for (Element script : page.select("script[type=" + type + "][src], " + type + "-script[src]")) {
                String code = script.tagName().equals("script") ? script.data() : script.wholeText();
                if (!code.isBlank()) {
                    problems.add(Messages.srcAndCode(openingTag(script)));
                }
            }
        }
    }

    /** As the browser writes it: {@code <script type="py" worker="" src="a.py">}. */
    private static String openingTag(Element element) {
        StringBuilder tag = new StringBuilder("<").append(element.tagName());
        for (Attribute attribute : element.attributes()) {
            tag.append(' ').append(attribute.getKey()).append("=\"")
                    .append(attribute.getValue().replace("&", "&amp;").replace("\"", "&quot;")).append('"');
        }
        return tag.append('>').toString();
    }

    /** A config value, as ConfigText reads it: inline JSON or TOML, or a .json / .toml file beside the page. */
    private static void config(String text, String forcedType, Path folder, List<String> problems) {
        String trimmed = text == null ? "" : text.strip();
        String raw = trimmed; // a TOML file is parsed as it is, so line and column are the file's
        boolean json = trimmed.startsWith("{") && trimmed.endsWith("}");
        String where = "";
        if (!json) {
            Matcher extension = URL_EXTENSION.matcher(trimmed);
            if (extension.find() && !trimmed.matches(".*\\s.*")) {
                String kind = extension.group(1);
                if (!(kind.equals("json") && !"toml".equals(forcedType)) && !(kind.equals("toml") && !"json".equals(forcedType))) {
                    problems.add(Messages.invalidUrl(trimmed) + (forcedType == null ? "" : "\nexpected " + forcedType + " content"));
                    return;
                }
                Path file = folder.resolve(trimmed.replaceAll("[?#].*$", ""));
                where = " @ " + trimmed;
                try {
                    raw = Files.readString(file, StandardCharsets.UTF_8);
                    trimmed = raw.strip();
                } catch (IOException e) {
                    problems.add(Messages.BAD_CONFIG + "Failed to fetch the config " + trimmed + ": no such file " + file);
                    return;
                }
                // A .toml file that holds JSON (as `assemble` writes them) is read as JSON, as the kernel does.
                json = kind.equals("json") || trimmed.startsWith("{");
            }
        }
        if ("json".equals(forcedType)) {
            json = true;
        }
        if (trimmed.isEmpty()) {
            return;
        }
        JsonNode config;
        if (json) {
            try {
                config = JSON.readTree(trimmed);
            } catch (JsonParseException e) {
                String duplicate = duplicate(e);
                problems.add(duplicate != null ? Messages.duplicateKey(where, path(e), duplicate)
                        : Messages.BAD_CONFIG + "Invalid JSON" + where + "\n" + e.getOriginalMessage());
                return;
            } catch (IOException e) {
                problems.add(Messages.BAD_CONFIG + "Invalid JSON" + where + "\n" + e.getMessage());
                return;
            }
        } else {
            try {
                config = JSON.readTree(TomlJson.convert(raw));
            } catch (IllegalArgumentException | IOException e) {
                problems.add(Messages.BAD_CONFIG + "Invalid TOML" + where + "\n" + e.getMessage());
                return;
            }
        }
        try {
            ConfigShape.check(new JsonConfigValue(config), where);
        } catch (RuleException e) {
            problems.add(e.getMessage());
            return;
        }
        List<String[]> files = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : config.path("files").properties()) {
            files.add(new String[] { entry.getKey(), entry.getValue().asText() });
        }
        try {
            FilesPlan.of(files);
        } catch (RuleException e) {
            problems.add(e.getMessage());
        }
    }

    private static String duplicate(JsonParseException e) {
        Matcher field = Pattern.compile("Duplicate field '(.*)'").matcher(e.getOriginalMessage());
        return field.find() ? field.group(1) : null;
    }

    /** The keys above the repeated one, dotted; arrays take the key that holds them. */
    private static String path(JsonParseException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return "";
        }
        String pointer = parser.getParsingContext().getParent() == null ? ""
                : parser.getParsingContext().pathAsPointer().toString();
        List<String> keys = new ArrayList<>();
        for (String segment : pointer.split("/")) {
            if (!segment.isEmpty() && !segment.matches("\\d+")) {
                keys.add(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        // The pointer ends with the repeated key itself.
        return keys.isEmpty() ? "" : String.join(".", keys.subList(0, keys.size() - 1));
    }
}
