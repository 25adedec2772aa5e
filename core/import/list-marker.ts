/** The "-", "•" or "*" that starts a list line in plain copy. */
export const listMarker = /^\s*[-•*]\s+/;
