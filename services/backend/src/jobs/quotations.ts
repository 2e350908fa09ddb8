/**
 * The ingestion's dialogue step: the file's quotations, found and attributed (dialogue/), stored with
 * their speakers and addressees by extraction key, replacing the file's earlier rows in one
 * transaction (a re-run stores the same rows). A file that no longer feeds the story bible loses them.
 */
import type { BackendContext } from '../context.js';
import type { DialogueAnalysis } from '../dialogue/index.js';
import type { QuotationInput, QuotationRepository } from '../repositories/quotations.js';
import type { JobContext } from './runner.js';
import type { JobStep } from './steps.js';

export interface DialogueStepState {
  projectId: string;
  fileId: string;
  meta: { kind: string; revision: number };
  text: string;
}

/** The file's quotations and speakers (`analyseDialogue`), as the step's caller makes them. */
export type DialogueSource<State> = (state: State, job: JobContext) => Promise<DialogueAnalysis>;

/** Stores the file's attributed quotations (or removes them): what the step runs. */
export async function storeDialogue(
  quotations: QuotationRepository,
  state: DialogueStepState,
  feedsBible: (kind: string) => boolean,
  dialogue: () => Promise<DialogueAnalysis>,
): Promise<Record<string, unknown> | undefined> {
  const { projectId, fileId, meta, text } = state;
  if (!feedsBible(meta.kind)) {
    await quotations.deleteFile(projectId, fileId);
    return undefined;
  }
  const analysis = await dialogue();
  const quotes: QuotationInput[] = analysis.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
    chapter: q.chapter,
    speakerKey: q.speakerKey,
    addresseeKeys: q.addresseeKeys,
    kind: q.kind,
    confidence: q.confidence,
    words: q.words,
  }));
  const stored = await quotations.replaceFile(projectId, fileId, meta.revision, quotes, analysis.chapters);
  return { quotations: stored, attributed: quotes.filter((q) => q.speakerKey !== null).length };
}

export function dialogueStep<State extends DialogueStepState>(
  ctx: Pick<BackendContext, 'quotations'>,
  feedsBible: (kind: string) => boolean,
  dialogue: DialogueSource<State>,
): JobStep<State> {
  return {
    name: 'finding who speaks',
    weight: 1,
    run: (state, job) => storeDialogue(ctx.quotations, state, feedsBible, () => dialogue(state, job)),
  };
}
