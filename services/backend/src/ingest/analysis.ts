/**
 * Everything the ingestion job reads from a file's text, computed in one pass: the story-bible
 * extraction (with the author's corrections), the story analysis (chapters, narrators, timeline),
 * the quotations and their speakers, the continuity facts and the names' spellings. Pure
 * computation, seconds on a novel: the job runs a long text in a thread of its own
 * (`analysis-thread`, see THREAD_MIN_CHARS), so the backend's event loop keeps renewing the job's
 * lease and answering requests meanwhile.
 */
import { applyCorrections, type SplitCorrection } from '../bible/corrections.js';
import { firstPersonNameFolds } from '../bible/first-person-names.js';
import { foldEntities } from '../bible/fold.js';
import { type ExtractOptions, extract } from '../bible/index.js';
import { speakerKin } from '../bible/speaker-kin.js';
import type { Extraction, SourceText } from '../bible/types.js';
import { countSpellings, extractFacts, type Fact, type SpellingCount } from '../continuity/index.js';
import { kinRelations } from '../continuity/kin-relations.js';
import { calledNameFolds } from '../dialogue/called-names.js';
import { analyseDialogue, type DialogueAnalysis } from '../dialogue/index.js';
import { quotationParts } from '../dialogue/quotations.js';
import { withIntroducedNames } from '../dialogue/self-introductions.js';
import { analyseFile, type FileAnalysis, narratorSpans } from '../story/file.js';
import { narratorKin } from '../story/narrator-kin.js';
import { withNarratorMentions } from '../story/narrator-mentions.js';
import type { TimeExpression } from '../story/time.js';
import { storyTimes } from '../story/timeline.js';

export interface TextAnalysisInput {
  source: SourceText;
  /** The project's splits, in the order the author made them. */
  splits: SplitCorrection[];
  /** The extractor's tunables, for experiments (`eval:novels -- --set`); the defaults serve users. */
  extractOptions?: ExtractOptions;
}

export interface TextAnalysis {
  /** The extraction as the graph stores it: corrected, each first-person chapter's "I" a mention of its narrator. */
  bible: Extraction;
  story: FileAnalysis;
  dialogue: DialogueAnalysis;
  facts: Fact[];
  spellings: SpellingCount[];
}

export function analyseText({ source, splits, extractOptions }: TextAnalysisInput): TextAnalysis {
  const speech = quotationParts(source.text);
  // The time expressions, read once: the story's timeline and the continuity check's acts date by them.
  const times = storyTimes(
    source.text,
    source.chapters.map((c) => c.start),
  );
  const first = readStory(source, applyCorrections(extract([source], extractOptions), splits), speech, times);
  // Given names the dialogue joins to their characters ("My dear Charles" is Mr. Bingley), maiden
  // names a speaker states of herself ("I was Clara Ashby before I married"), and the names speakers
  // give as their own where the extraction read none ("My name is Helen Stoner"): the story and the
  // dialogue are read again with them joined.
  // The author's splits stand: neither the entity a split made nor the one it was made from is folded.
  const split = new Set(splits.flatMap((s) => [s.key, ...s.sourceKeys]));
  const folds = [
    ...calledNameFolds(source, first.extraction, first.dialogue.quotes),
    ...firstPersonNameFolds(source, first.extraction, first.dialogue.quotes),
  ].filter((f) => !split.has(f.from) && !split.has(f.into));
  const introduced = withIntroducedNames(source, first.extraction, first.dialogue.quotes);
  const { extraction, story, dialogue } =
    folds.length === 0 && introduced === first.extraction
      ? first
      : readStory(source, foldEntities(introduced, folds), speech, times);
  const facts = extractFacts(source, extraction, dialogue, narratorSpans(story), times);
  const told = withNarratorMentions(source.fileId, source.text, extraction, story.chapters, speech);
  // The narrator's own kin ("my brother Tom") first: the ledger's kin then leaves those pairs alone.
  const mine = narratorKin(source.fileId, source.text, told, story.chapters, speech);
  const narrated = { ...told, relations: [...told.relations, ...mine] };
  // Then the kin a speaker states of himself ("my cousin, Mr. Pelham," said Mr. Hartley).
  const spoken = speakerKin(source.fileId, source.text, narrated, dialogue.quotes);
  const bible = { ...narrated, relations: [...narrated.relations, ...spoken] };
  const kin = kinRelations(facts, new Set(bible.entities.map((e) => e.key)), bible.relations);
  return {
    bible: { ...bible, relations: [...bible.relations, ...kin] },
    story,
    dialogue,
    facts,
    spellings: countSpellings(source),
  };
}

function readStory(
  source: SourceText,
  extraction: Extraction,
  speech: ReturnType<typeof quotationParts>,
  times: readonly TimeExpression[],
) {
  const story = analyseFile(source, extraction, speech, times);
  return { extraction, story, dialogue: analyseDialogue(source, extraction, narratorSpans(story)) };
}
