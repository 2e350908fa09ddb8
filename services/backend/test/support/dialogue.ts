/** A short manuscript with dialogue in two chapters, and its ingestion's story-bible and dialogue steps. */
import { extract } from '../../src/bible/index.js';
import type { SourceText } from '../../src/bible/types.js';
import { analyseDialogue } from '../../src/dialogue/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { storeDialogue } from '../../src/jobs/quotations.js';
import type { QuotationRepository } from '../../src/repositories/quotations.js';

export const DIALOGUE_TEXT = `Chapter 1

Elizabeth Bennet and her sister Jane Bennet walked to Meryton. Elizabeth was cheerful.

"I shall go to the ball," said Elizabeth, "and Jane will come too."

"Will you, Elizabeth?" asked Jane.

"It is o'clock already, and 'tis late," said Elizabeth.

Chapter 2

Mr. Darcy stood by the window. Elizabeth looked at Darcy.

"Mr. Darcy is proud," said Elizabeth.

"He is not," said Jane. "You are unjust, Lizzy."
`;

const second = DIALOGUE_TEXT.indexOf('Chapter 2');
export const DIALOGUE_CHAPTERS = [
  { title: 'Chapter 1', start: 0, end: second },
  { title: 'Chapter 2', start: second, end: DIALOGUE_TEXT.length },
];

export interface DialogueRun {
  projectId: string;
  fileId: string;
  text?: string;
  /** The chapters of `text` (default: none; DIALOGUE_CHAPTERS for DIALOGUE_TEXT). */
  chapters?: SourceText['chapters'];
  kind?: string;
  revision?: number;
}

/** What the ingest job does for the file's story bible and dialogue (the other steps need services). */
export async function ingestDialogue(
  graph: GraphStore,
  quotations: QuotationRepository,
  run: DialogueRun,
): Promise<Record<string, unknown> | undefined> {
  const text = run.text ?? DIALOGUE_TEXT;
  const chapters = run.chapters ?? (run.text === undefined ? DIALOGUE_CHAPTERS : []);
  const kind = run.kind ?? 'manuscript';
  const source = { fileId: run.fileId, text, chapters };
  const extraction = extract([source]);
  const state = {
    projectId: run.projectId,
    fileId: run.fileId,
    text,
    meta: { kind, revision: run.revision ?? 1 },
  };
  if (kind === 'manuscript') await graph.replaceFileExtraction(run.projectId, run.fileId, extraction);
  return storeDialogue(
    quotations,
    state,
    (k) => k === 'manuscript',
    async () => analyseDialogue(source, extraction),
  );
}
