// Starts the bench's bare Bevy app the way the game's loader does (a streamed Response,
// compiled as it downloads), so the two start-up times compare like with like.
import init from "./hello.js";

init({ module_or_path: fetch("hello_bg.wasm") }).catch((e) => {
  // winit hands control to the browser's event loop by throwing this; it is not a failure.
  if (!String(e).includes("Using exceptions for control flow")) console.error(e);
});
