export interface SplitDateline {
  readonly place: string;
  /** The paragraph without its dateline. */
  readonly rest: string;
}

// PLACE ـ, PLACE -, PLACE (agency) -, "SOCHI, Russia (Reuters) -", in Arabic or Latin script.
const datelinePattern = /^([\p{L}][\p{L}\p{M}'’.]*(?:[ ,]+[\p{L}][\p{L}\p{M}'’.]*){0,2})\s*(?:\([^()]{1,40}\)\s*)?[ـ\-–—]+\s+(\S[\s\S]*)$/u;

/** Splits a leading dateline off a paragraph, or says there is none. */
export function splitDateline(paragraph: string): SplitDateline | undefined {
  const match = datelinePattern.exec(paragraph);
  if (!match?.[1] || !match[2]) return undefined;
  return { place: match[1].replace(/[,\s]+$/, ''), rest: match[2] };
}
