/** A value that cannot cross between a worker and the page, or a broken message. */
export class WireError extends Error {
  name = "WireError";
}
