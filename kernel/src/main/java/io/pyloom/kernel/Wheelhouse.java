package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/**
 * The server's wheelhouse ({@code wheels/index.json} beside core.js), asked first for {@code
 * packages}: a name found there installs its wheel and the wheels of what it requires, offline.
 * A server or static site without one answers 404, and packages go on as before.
 */
final class Wheelhouse {

    private Wheelhouse() {
    }

    /** What the wheelhouse covers of a list of requirements. */
    interface Resolution extends JSObject {
        /** The wheel URLs to install: the requested projects and their requirements found there. */
        @JSProperty
        String[] getWheels();

        /** Requirements it does not have: requested ones, and requirements of its wheels. */
        @JSProperty
        String[] getOthers();
    }

    /** The resolution, or null when there is no wheelhouse. */
    static Resolution resolve(String[] requirements) {
        Promises.Outcome outcome = Promises.settle(fetchIndex(indexUrl())).await();
        if (!outcome.isOk() || outcome.getValue() == null) {
            return null;
        }
        return resolve(outcome.getValue(), requirements, indexUrl());
    }

    private static String indexUrl() {
        return Js.resolve(Composition.coreUrl(), "wheels/index.json");
    }

    /** Resolves with the index, or null when there is none (404, or not JSON). */
    @JSBody(params = "url", script = "return fetch(url).then(function (response) {"
            + " return response.ok ? response.json() : null; }).catch(function () { return null; });")
    private static native JSPromise<JSObject> fetchIndex(String url);

    @JSBody(params = { "index", "requirements", "indexUrl" }, script = "var known = index.packages || {}, seen = {},"
            + " wheels = [], others = [];"
            + "function normal(name) { return name.toLowerCase().replace(/[-_.]+/g, '-'); }"
            + "function take(name) { var key = normal(name); if (seen[key]) return true; var wheel = known[key];"
            + "  if (!wheel) return false; seen[key] = true; wheels.push(new URL(wheel.file, indexUrl).href);"
            + "  (wheel.requires || []).forEach(function (dependency) {"
            + "    if (!take(dependency) && others.indexOf(dependency) < 0) others.push(dependency); });"
            + "  return true; }"
            + "requirements.forEach(function (requirement) { var name = requirement.trim();"
            + "  if (!(/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && take(name))) others.push(requirement); });"
            + "return { wheels: wheels, others: others };")
    private static native Resolution resolve(JSObject index, String[] requirements, String indexUrl);
}
