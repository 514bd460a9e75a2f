/** Diaspora directory choices shared by the server and the pages. */
export const DIASPORA_HELP = ['information', 'legal', 'housing', 'jobs', 'emergency', 'repatriation', 'culture', 'language'] as const;
export type DiasporaHelp = (typeof DIASPORA_HELP)[number];
