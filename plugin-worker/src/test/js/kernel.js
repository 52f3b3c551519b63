// The kernel's JavaScript as the runtime defines it ahead of this plugin's (pyloom$kernel): which
// interpreter a Python value belongs to is said there. Imported first by the tests that need it.
import * as interpreters from "../../../../kernel/src/main/js/interpreters/index.js";

globalThis.pyloom$kernel = { interpreters };
