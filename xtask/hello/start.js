// Starts the bench's bare Bevy app the way the game's loader does (fetch the bytes, then
// instantiate), so the two start-up times compare like with like.
import init from "./hello.js";

const bytes = await (await fetch("hello_bg.wasm")).arrayBuffer();
init({ module_or_path: bytes }).catch((e) => {
  // winit hands control to the browser's event loop by throwing this; it is not a failure.
  if (!String(e).includes("Using exceptions for control flow")) console.error(e);
});
