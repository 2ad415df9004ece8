/**
 * Whether an issue reads as one about an affiliated body (外郭団体等): the
 * document's own words for them, or the legal forms they take. Only a
 * default for the import preview, where a person confirms or changes it.
 */
const affiliatedBodyWords = /外郭団体|出資法人|独立行政法人|公益財団法人|一般財団法人|公社|第三セクター/;

export function looksLikeAffiliatedBody(issue: { name: string; content: string; background: string }): boolean {
  return affiliatedBodyWords.test(`${issue.name}\n${issue.content}\n${issue.background}`);
}
