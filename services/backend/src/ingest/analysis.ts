/**
 * Everything the ingestion job reads from a file's text, computed in one pass: the story-bible
 * extraction (with the author's corrections), the story analysis (chapters, narrators, timeline),
 * the quotations and their speakers, the continuity facts and the names' spellings. Pure
 * computation, seconds on a novel: the job runs a long text in a thread of its own
 * (`analysis-thread`, see THREAD_MIN_CHARS), so the backend's event loop keeps renewing the job's
 * lease and answering requests meanwhile.
 */
import { applyCorrections, type SplitCorrection } from '../bible/corrections.js';
import { extract } from '../bible/index.js';
import type { Extraction, SourceText } from '../bible/types.js';
import { countSpellings, extractFacts, type Fact, type SpellingCount } from '../continuity/index.js';
import { analyseDialogue, type DialogueAnalysis } from '../dialogue/index.js';
import { quotationParts } from '../dialogue/quotations.js';
import { analyseFile, type FileAnalysis, narratorSpans } from '../story/file.js';
import { withNarratorMentions } from '../story/narrator-mentions.js';

export interface TextAnalysisInput {
  source: SourceText;
  /** The project's splits, in the order the author made them. */
  splits: SplitCorrection[];
}

export interface TextAnalysis {
  /** The extraction as the graph stores it: corrected, each first-person chapter's "I" a mention of its narrator. */
  bible: Extraction;
  story: FileAnalysis;
  dialogue: DialogueAnalysis;
  facts: Fact[];
  spellings: SpellingCount[];
}

export function analyseText({ source, splits }: TextAnalysisInput): TextAnalysis {
  const extraction = applyCorrections(extract([source]), splits);
  const speech = quotationParts(source.text);
  const story = analyseFile(source, extraction, speech);
  const dialogue = analyseDialogue(source, extraction, narratorSpans(story));
  return {
    bible: withNarratorMentions(source.fileId, source.text, extraction, story.chapters, speech),
    story,
    dialogue,
    facts: extractFacts(source, extraction, dialogue),
    spellings: countSpellings(source),
  };
}
