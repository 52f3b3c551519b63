package io.pyloom.server.settings;

/**
 * Every setting of the server, from one Configuration Admin configuration ({@value #PID}): the
 * command line writes it, and a portal running its own OSGi framework can write it instead.
 * Components read the part they need; a change re-activates them.
 */
public @interface Settings {

    String PID = "io.pyloom.server";

    /** The HTTP port Felix HTTP listens on; 0 leaves the HTTP service's own configuration alone. */
    int port() default 0;

    /** The path everything is served under ({@code /portal/python}); {@code /} is the root. */
    String path() default "/";

    /** The folder of apps served at the path; empty serves the example gallery. */
    String apps() default "";

    /** The folder watched for plugin bundles; empty watches none (the command line's default is ./plugins). */
    String plugins() default "";

    /** A folder of wheels that {@code packages} names resolve to first; empty has none. */
    String wheels() default "";

    /** Where composed sets are kept across restarts; empty keeps them in memory only (the command line's default is ./pyloom-cache). */
    String cache() default "";

    /**
     * A URL template for the interpreters instead of this server's copies, with {@code {name}}
     * ({@code pyodide}, {@code micropython}), {@code {version}} and {@code {file}}; empty self-hosts.
     */
    String interpreters() default "";

    /** Extra response headers, each {@code Name: value}; {@code Name:} with no value drops a default one. */
    String[] headers() default {};
}
