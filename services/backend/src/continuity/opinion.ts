/**
 * A model's second opinion on a continuity issue: the request it is sent (the issue's summary and
 * every passage with some of the text around it, in a delimited block) and its verdict read from the
 * reply. Plain functions: the service holds the credits and calls the model.
 */
import { createHash } from 'node:crypto';
import { CONTINUITY_VERDICTS, type ContinuityOpinionView } from '@george/contracts/api';
import type { Passage } from './types.js';

/** Characters of text shown on each side of a passage, cut at a word. */
const CONTEXT = 400;
export const MAX_REASONING = 2000;
/** The reply is a verdict line and at most three sentences. */
export const OPINION_MAX_TOKENS = 300;

/** Fingerprint of the passages shown: an opinion stays with an issue while its passages read the same. */
export function evidenceKey(evidence: readonly Passage[]): string {
  const hash = createHash('sha256');
  for (const p of evidence) hash.update(`${p.fileId}\u0000${p.quote}\u0000`);
  return hash.digest('hex').slice(0, 32);
}

/** The passage with up to CONTEXT characters around it, cut at whole words, the passage marked. */
export function inContext(text: string, p: Passage): string {
  let from = Math.max(0, p.start - CONTEXT);
  let to = Math.min(text.length, p.end + CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || p.start;
  if (to < text.length) to = Math.max(p.end, text.lastIndexOf(' ', to));
  const before = text.slice(from, p.start);
  const after = text.slice(p.end, to);
  return `${from > 0 ? '…' : ''}${before}«${p.quote}»${after}${to < text.length ? '…' : ''}`;
}

/** The user message: the issue and its numbered passages (each with its chapter), delimited as data. */
export function opinionMessage(
  issue: { summary: string; entityName: string | null },
  passages: ReadonlyArray<{ passage: Passage; context: string }>,
): string {
  const numbered = passages.map(
    ({ passage, context }, i) =>
      `[${i + 1}] (${passage.chapter === null ? 'no chapter' : `chapter ${passage.chapter}`})\n${context}`,
  );
  return [
    `The check says: ${issue.summary}`,
    issue.entityName ? `About: ${issue.entityName}` : '',
    'The passages (the words in «» are the ones the check cites):',
    `<manuscript_passages>\n${numbered.join('\n\n')}\n</manuscript_passages>`,
    'Do these passages contradict each other?',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The verdict of the reply's `VERDICT:` line (unsure when there is none) and the reasons after it. */
export function parseOpinion(reply: string): Pick<ContinuityOpinionView, 'verdict' | 'reasoning'> {
  const line = /^\s*\**\s*verdict\s*\**\s*:\s*\**\s*([a-z_ -]+)/im.exec(reply);
  const said = line?.[1]?.trim().toLowerCase().replace(/[ -]+/g, '_');
  const verdict = CONTINUITY_VERDICTS.find((v) => v === said) ?? 'unsure';
  const reasons = (line ? reply.slice(line.index + line[0].length) : reply).trim();
  return {
    verdict,
    reasoning: reasons.length > MAX_REASONING ? `${reasons.slice(0, MAX_REASONING - 1)}…` : reasons,
  };
}
