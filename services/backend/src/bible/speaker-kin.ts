/**
 * Kin and household a character states of himself or herself in speech ("my cousin, Mr. Pelham,"
 * said Mr. Hartley): "my" is the quotation's speaker, known once the dialogue analysis has
 * attributed it. Read as the narration's "my" is (story/narrator-kin.ts), inside each attributed
 * quotation's parts; and the copular statements of kin ("She is my niece," "I am his wife," "Tom is
 * my brother," "Harry, I am your father").
 */
import { sentences } from '@george/text';
import type { DialogueQuote } from '../dialogue/index.js';
import { charactersOf } from '../dialogue/index.js';
import { inferGenders } from '../pronouns/index.js';
import { tellersKin } from '../story/narrator-kin.js';
import type { Gender } from './lexicons.js';
import { alreadyTied, kinType } from './relations.js';
import type { ExtractedRelation, Extraction } from './types.js';

/** A quotation whose speaker the dialogue analysis names or points to. */
interface Attributed {
  speakerKey: string;
  parts: DialogueQuote['parts'];
  addresseeKeys: readonly string[];
}

/** The kin words after "my" in the quotations whose speaker is named or pointed to, as relations of the speaker. */
export function speakerKin(
  fileId: string,
  text: string,
  extraction: Extraction,
  quotes: ReadonlyArray<Pick<DialogueQuote, 'parts' | 'speakerKey' | 'kind' | 'addresseeKeys'>>,
): ExtractedRelation[] {
  // A quotation whose speaker is unknown states no one's kin; nor one the turn-taking only guesses
  // (an implicit speaker), where a wrong guess would give the kin to the one who answers.
  const attributed: Attributed[] = quotes.flatMap(({ parts, speakerKey, kind, addresseeKeys }) =>
    speakerKey === null || kind === 'implicit' ? [] : [{ speakerKey, parts, addresseeKeys }],
  );
  const spoken = attributed.flatMap(({ parts, speakerKey }) =>
    parts.map((p) => ({ start: p.start, end: p.end, id: speakerKey })),
  );
  const mine = tellersKin(fileId, text, extraction, spoken, () => false);
  const stated = copularKin(
    fileId,
    text,
    { ...extraction, relations: [...extraction.relations, ...mine] },
    attributed,
  );
  return [...mine, ...stated];
}

/** Words of fondness or age that may stand before the kin word ("She is my dear sister"). */
const KIN_EPITHETS = '(?:dear|dearest|own|poor|late|elder|younger|eldest|youngest|little|only) ';
/**
 * A subject, a copula, a possessive and a kin word that is not itself owned ("my niece's governess")
 * nor part of a longer word, at a sentence's opening (after a vocative name, if any).
 */
const PRONOUN_KIN = new RegExp(
  `^(she|he|i|you) (is|was|am|are) (my|his|her|your) (?:${KIN_EPITHETS})?(\\p{Ll}+)(?![\\p{L}'’-])`,
  'iu',
);
const NAME_KIN = new RegExp(`^ (?:is|was) my (?:${KIN_EPITHETS})?(\\p{Ll}+)(?![\\p{L}'’-])`, 'u');
/** Quotation marks and spaces that may open a sentence of a quotation's part. */
const OPENING = /^[\s"'“‘]*/u;
const SUBJECT_GENDER: Readonly<Record<string, Gender>> = {
  she: 'female',
  he: 'male',
  his: 'male',
  her: 'female',
};

interface Placed {
  key: string;
  start: number;
  end: number;
}

/**
 * "She is my niece," said Mrs. Lowe; "I am his wife"; "Tom is my brother"; "Daniel, you are my son";
 * "Harry, I am your father": kin a speaker states with a copula, of a name that opens the sentence,
 * of the vocative name before "you" or "your", or of the one person "she", "he", "his" or "her" can
 * be. That person is the one character of the pronoun's gender (or of none known) the paragraph
 * names before the sentence, else the paragraph before it, the speaker and those spoken to aside;
 * two such people give no tie. A question states nothing, nor does a negation or a likeness ("He is
 * not my brother", "She is like my sister"), which the pattern's adjacent words leave out.
 */
function copularKin(
  fileId: string,
  text: string,
  extraction: Extraction,
  quotes: readonly Attributed[],
): ExtractedRelation[] {
  const placed: Placed[] = extraction.entities
    .filter((e) => e.type === 'character')
    .flatMap((e) =>
      e.mentions.filter((m) => m.fileId === fileId).map((m) => ({ key: e.key, start: m.start, end: m.end })),
    )
    .sort((a, b) => a.start - b.start);
  const startingAt = new Map(placed.map((p) => [p.start, p]));
  let genders: Map<string, Gender> | undefined;
  const genderOf = (key: string): Gender => {
    genders ??= inferGenders(text, charactersOf({ fileId, text, chapters: [] }, extraction));
    return genders.get(key) ?? 'unknown';
  };
  /** The one person of `gender` named in [from, to), those aside left out: null for none, undefined for several. */
  const onePerson = (from: number, to: number, gender: Gender, aside: ReadonlySet<string>) => {
    const keys = new Set(
      placed
        .filter((p) => p.start >= from && p.end <= to && !aside.has(p.key))
        .map((p) => p.key)
        .filter((key) => {
          const known = genderOf(key);
          return known === 'unknown' || known === gender;
        }),
    );
    return keys.size === 1 ? [...keys][0] : keys.size === 0 ? null : undefined;
  };
  const isTied = alreadyTied(extraction.relations);
  const found = new Map<string, ExtractedRelation>();
  for (const quote of quotes) {
    const speaker = quote.speakerKey;
    const aside = new Set([speaker, ...quote.addresseeKeys]);
    for (const part of quote.parts) {
      for (const s of sentences(text.slice(part.start, part.end))) {
        const said = text.slice(part.start + s.start, part.start + s.end);
        const at = part.start + s.start + (OPENING.exec(said)?.[0].length ?? 0);
        // "Is she your niece?": a question states no tie.
        if (/\?["'”’\s]*$/u.test(said)) continue;
        const tie = readTie(text, at, speaker, startingAt, (gender) => {
          const paragraph = text.lastIndexOf('\n\n', at) + 1;
          const here = onePerson(paragraph, at, gender, aside);
          if (here !== null) return here;
          const before = text.lastIndexOf('\n\n', Math.max(0, paragraph - 2)) + 1;
          return onePerson(before, paragraph, gender, aside) ?? undefined;
        });
        if (tie === undefined || tie.owner === tie.named || isTied(tie.owner, tie.named)) continue;
        const [sourceKey, targetKey] = tie.kin.reverse ? [tie.named, tie.owner] : [tie.owner, tie.named];
        const id = `${sourceKey}|${targetKey}|${tie.kin.type}`;
        const relation = found.get(id) ?? {
          sourceKey,
          targetKey,
          type: tie.kin.type,
          label: tie.kin.label,
          weight: 0,
          evidence: [],
        };
        relation.weight++;
        relation.evidence.push({ fileId, start: part.start + s.start, end: part.start + s.end });
        found.set(id, relation);
      }
    }
  }
  return [...found.values()];
}

const I_AM_THE = /^i (?:am|was) the /iu;
const OWNED_KIN = new RegExp(`^['’]s (?:${KIN_EPITHETS})?(\\p{Ll}+)(?![\\p{L}'’-])`, 'u');

/**
 * "I am the Queen's grandchild": the speaker is the kin of the one a description names in the
 * possessive (a character's mention right after "the").
 */
function describedOwner(text: string, from: number, startingAt: ReadonlyMap<number, Placed>) {
  const opening = I_AM_THE.exec(text.slice(from, from + 12));
  const owner = opening === null ? undefined : startingAt.get(from + opening[0].length);
  if (owner === undefined) return undefined;
  const kin = kinType(OWNED_KIN.exec(text.slice(owner.end, owner.end + 40))?.[1] ?? '');
  return kin === undefined ? undefined : { owner: owner.key, kin };
}

/**
 * The tie a sentence of speech opening at `at` states: whose kin (`owner`) the kin word says the
 * other (`named`) is. `resolve` finds the one person a pronoun of a gender stands for.
 */
function readTie(
  text: string,
  at: number,
  speaker: string,
  startingAt: ReadonlyMap<number, Placed>,
  resolve: (gender: Gender) => string | undefined,
) {
  const opening = startingAt.get(at);
  const vocative = opening !== undefined && text.startsWith(', ', opening.end) ? opening : undefined;
  const from = vocative === undefined ? at : vocative.end + 2;
  const words = PRONOUN_KIN.exec(text.slice(from, from + 80));
  const described = vocative === undefined ? describedOwner(text, from, startingAt) : undefined;
  if (described !== undefined) return { owner: described.owner, named: speaker, kin: described.kin };
  if (words === null) {
    // "Tom is my brother": the name opening the sentence is the speaker's kin.
    const kinWord =
      opening === undefined ? undefined : NAME_KIN.exec(text.slice(opening.end, opening.end + 80))?.[1];
    const kin = kinType(kinWord ?? '');
    return opening === undefined || kin === undefined
      ? undefined
      : { owner: speaker, named: opening.key, kin };
  }
  const [subject, verb, possessive, kinWord] = words.slice(1).map((w) => (w ?? '').toLowerCase());
  const kin = kinType(kinWord ?? '');
  if (kin === undefined) return undefined;
  // "She is my niece": the one she is; "I am his wife": the speaker is his.
  if ((subject === 'she' || subject === 'he') && (verb === 'is' || verb === 'was') && possessive === 'my') {
    const named = vocative === undefined ? resolve(SUBJECT_GENDER[subject] ?? 'unknown') : undefined;
    return named === undefined ? undefined : { owner: speaker, named, kin };
  }
  if (
    subject === 'i' &&
    (verb === 'am' || verb === 'was') &&
    (possessive === 'his' || possessive === 'her')
  ) {
    const owner = vocative === undefined ? resolve(SUBJECT_GENDER[possessive] ?? 'unknown') : undefined;
    return owner === undefined ? undefined : { owner, named: speaker, kin };
  }
  // "Daniel, you are my son"; "Harry, I am your father": the one spoken to by name.
  if (vocative === undefined) return undefined;
  if (subject === 'you' && verb === 'are' && possessive === 'my')
    return { owner: speaker, named: vocative.key, kin };
  if (subject === 'i' && verb === 'am' && possessive === 'your')
    return { owner: vocative.key, named: speaker, kin };
  return undefined;
}
