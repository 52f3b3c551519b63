package io.pyloom.portals.rival;

import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.service.servlet.context.ServletContextHelper;

/**
 * What the Sling engine does to the HTTP whiteboard, in one bundle: a servlet context of its own
 * at {@code /} (ranking 0, above the whiteboard's default context) and a servlet there for every
 * request. Pyloom shares a whiteboard with it in {@code SlingFeatureIT}.
 */
public final class RootOwner implements BundleActivator {

    static final String CONTEXT = "rival.root";

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> helper = new Hashtable<>();
        helper.put("osgi.http.whiteboard.context.name", CONTEXT);
        helper.put("osgi.http.whiteboard.context.path", "/");
        helper.put("service.ranking", 0);
        context.registerService(ServletContextHelper.class, new ServletContextHelper(context.getBundle()) { }, helper);
        Hashtable<String, Object> servlet = new Hashtable<>();
        servlet.put("osgi.http.whiteboard.servlet.pattern", "/");
        servlet.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=" + CONTEXT + ")");
        context.registerService(jakarta.servlet.Servlet.class, new RootServlet(), servlet);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters both services
    }
}
