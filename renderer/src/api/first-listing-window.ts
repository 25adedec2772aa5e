/** How many of the newest articles the library shows before the rest of a large library arrives. */
export const firstListingWindow = 100;
