/**
 * Kin and household ties the ledger reads beside names ("Lydia, his youngest daughter", "Mr. Gardiner
 * was Mrs. Bennet's brother") as typed relations of the story bible, each with the passages that
 * state it: the bible's own relation patterns see few of them, and a relation an author reads in the
 * graph or on a sheet is worth more than any co-occurrence.
 */
import { KIN_NOUNS } from '../bible/lexicons.js';
import type { ExtractedRelation, RelationType } from '../bible/types.js';
import type { Fact } from './types.js';

/** How sure a kin fact must be to become a relation: a name's own statement, or a sure pronoun. */
const SURE_KIN = 0.8;

/**
 * The relation a fact states, oriented as the relation type reads ("parent_of": parent -> child),
 * and its label: what the relation's target is to its source, as every relation of the bible says
 * it. The fact's value is what the other is to the holder ("Maria, Sir William's daughter": Sir
 * William's fact, Maria a child); `word` is the text's own word for it ("sisters", "father").
 */
function typedRole(
  role: string,
  word: string,
  holder: string,
  other: string,
): Pick<ExtractedRelation, 'sourceKey' | 'targetKey' | 'type' | 'label'> {
  const label = KIN_NOUNS[word]?.label ?? word;
  switch (role) {
    case 'sibling':
      return { sourceKey: holder, targetKey: other, type: 'sibling', label };
    case 'spouse':
      return { sourceKey: holder, targetKey: other, type: 'spouse', label };
    case 'child':
      return { sourceKey: holder, targetKey: other, type: 'parent_of', label };
    case 'parent':
      // The other is the parent, the source: the holder, the target, is their child.
      return { sourceKey: other, targetKey: holder, type: 'parent_of', label: 'child' };
    case 'servant':
      return { sourceKey: other, targetKey: holder, type: 'works_for', label: 'employer' };
    case 'employer':
      return { sourceKey: holder, targetKey: other, type: 'works_for', label };
    default:
      return { sourceKey: holder, targetKey: other, type: 'family', label };
  }
}

/** Types a pair stated both ways must not be counted twice under ("A and B were sisters"). */
const SYMMETRIC: ReadonlySet<RelationType> = new Set(['sibling', 'spouse']);

/**
 * The narration's sure kin facts between two entities of the story bible, as relations the bible
 * does not have yet (no typed relation already joins the pair). Speech is left out: a character
 * may be mistaken or lying, and the ledger keeps what they say apart.
 */
export function kinRelations(
  facts: readonly Fact[],
  entityKeys: ReadonlySet<string>,
  existing: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const related = new Set(
    existing
      .filter((r) => r.type !== 'co_occurs' && r.type !== 'located_in')
      .map((r) => pairKey(r.sourceKey, r.targetKey)),
  );
  const found = new Map<string, ExtractedRelation>();
  for (const f of facts) {
    if (f.kind !== 'relation' || f.voice === 'speech' || f.confidence < SURE_KIN) continue;
    if (f.entityKey === null || f.objectKey === null || f.entityKey === f.objectKey) continue;
    if (!entityKeys.has(f.entityKey) || !entityKeys.has(f.objectKey)) continue;
    if (related.has(pairKey(f.entityKey, f.objectKey))) continue;
    const typed = typedRole(f.value, f.detail ?? f.value, f.entityKey, f.objectKey);
    const key = SYMMETRIC.has(typed.type)
      ? `${typed.type}|${pairKey(typed.sourceKey, typed.targetKey)}`
      : `${typed.type}|${typed.sourceKey}|${typed.targetKey}|${f.value}`;
    const evidence = { fileId: f.fileId, start: f.start, end: f.end };
    const known = found.get(key);
    if (known === undefined) found.set(key, { ...typed, weight: 1, evidence: [evidence] });
    else if (!known.evidence.some((e) => e.fileId === f.fileId && e.start === f.start)) {
      known.weight++;
      known.evidence.push(evidence);
    }
  }
  return [...found.values()];
}
