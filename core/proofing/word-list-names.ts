/** The word lists proofing accepts beyond the dictionaries: the journalist's own and the desk's shared one. */
export const wordListNames = ['personal', 'desk'] as const;
export type WordListName = (typeof wordListNames)[number];
