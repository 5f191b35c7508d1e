// Preloaded into every TypeScript script (`tsx --import ./scripts/lib/keepAlive.mjs ...`).
// tsx compiles TypeScript in a loader thread that does not keep Node's event loop alive: while a cold
// (or changed) module graph compiles, the loop can run dry and Node exits half-loaded, with code 13
// (or 0). This open timer keeps the process alive; every script ends with process.exit().
setInterval(() => {}, 1 << 30)
