package io.pyloom.server.settings;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Every setting of the server, from one Configuration Admin configuration ({@value #PID}): the
 * command line writes it, and a portal running its own OSGi framework can write it instead (its
 * configuration console shows this as a form). Components read the part they need; a change
 * re-activates them. {@link SettingsGuard} refuses values the rules in {@link SettingRules} do not allow.
 */
@ObjectClassDefinition(name = "Pyloom server",
        description = "Python in the browser: where Pyloom is served, what it serves and which plugins it watches for.")
public @interface Settings {

    String PID = "io.pyloom.server";

    @AttributeDefinition(name = "HTTP port", min = "0", max = "65535",
            description = "The port Felix HTTP listens on. 0 leaves the HTTP service's own configuration alone, as a portal with its own port wants.")
    int port() default 0;

    @AttributeDefinition(name = "Path",
            description = "The path everything is served under, such as /portal/python; / is the root.")
    String path() default "/";

    @AttributeDefinition(name = "Apps folder", required = false,
            description = "A folder of apps served at the path. Empty serves the example gallery.")
    String apps() default "";

    @AttributeDefinition(name = "Plugins folder", required = false,
            description = "A folder watched for plugin bundles: one dropped in is installed, one deleted is removed. Empty watches none.")
    String plugins() default "";

    @AttributeDefinition(name = "Wheels folder", required = false,
            description = "A folder of wheels that the packages of a page's config resolve to first. Empty has none.")
    String wheels() default "";

    @AttributeDefinition(name = "Cache folder", required = false,
            description = "Where composed core.js sets are kept across restarts. Empty keeps them in memory only.")
    String cache() default "";

    @AttributeDefinition(name = "Interpreters URL", required = false,
            description = "Load the interpreters from elsewhere: a URL with {name} (pyodide, micropython), {version} and {file}. Empty serves this server's copies.")
    String interpreters() default "";

    @AttributeDefinition(name = "Response headers", required = false,
            description = "Extra headers on every response, each 'Name: value'; 'Name:' with no value drops a default one.")
    String[] headers() default {};
}
