package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyscript.media with Chromium's fake camera and microphone, on both interpreters (and from a
 * worker): the devices, streams for constraints and for one device; no matching camera and a
 * refused permission are clear errors in the banner.
 */
class MediaIT extends BrowserIT {

    private static final String DEVICES = """
            from pyscript import display
            from pyscript.media import Device, list_devices
            devices = await list_devices()
            kinds = sorted(set(device.kind for device in devices))
            camera = [device for device in devices if device.kind == "videoinput"][0]
            stream = await Device.request_stream(video={"width": 320, "height": 240})
            own = await camera.get_stream()
            both = await Device.request_stream(audio=True, video=True)
            display(f"{kinds} {camera['kind'] == camera.kind} {stream.active} {own.active} {both.getTracks().length}",
                    target="out")
            """;

    @BeforeAll
    static void start() throws Exception {
        open("media-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page(type + "-devices", null, "<div id=\"out\"></div>" + script(type, "", DEVICES));
                pages.page(type + "-worker-devices", null, "<div id=\"out\"></div>" + script(type, "worker", """
                        from pyscript import display
                        from pyscript.media import list_devices
                        devices = await list_devices()
                        display(str(sorted(set(device.kind for device in devices))), target="out")
                        """));
                pages.page(type + "-no-camera", null, script(type, "", """
                        from pyscript.media import Device
                        await Device.request_stream(video={"deviceId": {"exact": "no-such-camera"}})
                        """));
                pages.page(type + "-refused", null, script(type, "", """
                        from pyscript.media import Device
                        await Device.request_stream(video=True)
                        """));
            }
        });
        browser.close();
        browser = new Browser(List.of("--use-fake-device-for-media-stream"));
    }

    private static TestPage granted() {
        TestPage page = browser.open();
        page.page().context().grantPermissions(List.of("camera", "microphone"));
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void devicesAndStreams(String type) {
        try (TestPage page = granted()) {
            page.navigate(server.url("/" + type + "-devices.html")).awaitAllDone();
            assertEquals("['audioinput', 'audiooutput', 'videoinput'] True True True 2", page.text("#out"),
                    page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void devicesFromAWorker(String type) {
        try (TestPage page = granted()) {
            page.navigate(server.url("/" + type + "-worker-devices.html")).awaitAllDone();
            assertEquals("['audioinput', 'audiooutput', 'videoinput']", page.text("#out"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void noMatchingCameraIsAClearError(String type) {
        try (TestPage page = granted()) {
            page.navigate(server.url("/" + type + "-no-camera.html")).awaitAllDone();
            String banner = page.text(".py-error");
            assertTrue(banner.contains("MediaError: Cannot get a media stream for video: no device meets the constraints"), banner);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aRefusedPermissionIsAClearError(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-refused.html")).awaitAllDone();
            String banner = page.text(".py-error");
            assertTrue(banner.contains("MediaError: Cannot get a media stream for video: permission was refused"), banner);
        }
    }
}
