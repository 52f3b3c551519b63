package io.pyloom.kernel;

import io.pyloom.kernel.rules.Messages;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Finds the one configuration of an interpreter type: a {@code <py-config>} / {@code <mpy-config>}
 * tag, or the {@code config} attribute of that type's main-thread scripts. PyScript's rules and
 * messages: one tag at most, not both a tag and attributes, and all attributes alike.
 */
final class ConfigFinder {

    private ConfigFinder() {
    }

    static PageConfig find(String type) throws KernelError {
        HTMLElement[] tags = query(type + "-config");
        HTMLElement[] attributes = query("script[type=" + type + "][config]:not([worker]),"
                + type + "-script[config]:not([worker])");
        if (tags.length > 1) {
            throw new KernelError(Messages.tooManyConfigTags(type));
        }
        if (tags.length == 1 && attributes.length > 0) {
            throw new KernelError(Messages.configTagAndAttribute(type));
        }
        if (tags.length == 1) {
            HTMLElement tag = tags[0];
            String src = tag.getAttribute("src");
            String text = src != null ? src : textOf(tag);
            return ConfigText.parse(type, text, tag.getAttribute("type"), parserOf(tag));
        }
        if (attributes.length > 0) {
            String config = attributes[0].getAttribute("config");
            for (HTMLElement other : attributes) {
                if (!config.equals(other.getAttribute("config"))) {
                    throw new KernelError(Messages.differentConfigAttributes());
                }
            }
            return ConfigText.parse(type, config, null, parserOf(attributes[0]));
        }
        return PageConfig.none(type);
    }

    /** The tag's {@code config-parser}: a TOML module of the page's choosing, as an absolute URL. */
    private static String parserOf(HTMLElement element) {
        String parser = element.getAttribute("config-parser");
        return parser == null || parser.isBlank() ? null : Js.resolve(Js.documentBase(), parser.trim());
    }

    /**
     * The page's config of a type as a worker tag without a {@code config} attribute takes it, as
     * PyScript does: the config tag's {@code src} or text, else the main-thread scripts' attribute;
     * null for none. Its problems are the main thread's to report.
     */
    static String sourceForWorkers(String type) {
        HTMLElement[] tags = query(type + "-config");
        if (tags.length > 0) {
            String src = tags[0].getAttribute("src");
            return src != null ? Js.resolve(Js.documentBase(), src) : textOf(tags[0]);
        }
        HTMLElement[] attributes = query("script[type=" + type + "][config]:not([worker]),"
                + type + "-script[config]:not([worker])");
        return attributes.length > 0 ? attributes[0].getAttribute("config") : null;
    }

    @JSBody(params = "element", script = "return element.textContent || '';")
    private static native String textOf(HTMLElement element);

    @JSBody(params = "selector", script = "return Array.from(document.querySelectorAll(selector));")
    private static native HTMLElement[] query(String selector);
}
