// Kept apart from the zod schemas: the progress editor shows the limit in the
// browser, and importing it from progress.ts put zod (about 35 kB gzipped) into
// the report page's first-load JavaScript (npm run bench:bundle).
export const PROGRESS_TEXT_MAX = 4000;
