// Whether workers can reach this page synchronously: only a cross-origin isolated page shares memory.

export const crossOriginIsolated = () => globalThis.crossOriginIsolated === true;
