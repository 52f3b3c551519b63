package io.pyloom.plugin.editor;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;

/**
 * PyScript's code editor: {@code <script type="py-editor">} and {@code <script type="mpy-editor">}
 * become CodeMirror editors with a run button, whose code runs in a web worker per environment
 * ({@code env}), its output under the editor. CodeMirror and the editor's logic are a lazy module
 * of this bundle, fetched by pages that have an editor only.
 */
public final class EditorPlugin implements Plugin {

    @Override
    public String name() {
        return "editor";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            EditorWorker.install(hooks);
            return;
        }
        if (Scripts.page().firstInstallOnPage()) {
            hooks.add(Hook.ELEMENTS, new EditorTags(hooks));
        }
    }
}
