/**
 * "the Countess of Ashby" and "Lady Ashby", "the Earl of Wyke" and "Lord Wyke": a peer below a duke
 * is called "Lord" or "Lady" with the name of the title, so the two forms are one person when one
 * entry holds each. A duke is "the Duke" or "his Grace", never "Lord X" (a "Lord X" beside "the Duke
 * of X" is his son by courtesy), so dukes and duchesses are left apart.
 */
import type { EntityFold } from './fold.js';
import type { ExtractedEntity } from './types.js';

/** The style, "Lord" or "Lady", of each rank of the peerage below a duke. */
const STYLE_OF_RANK: Readonly<Record<string, 'Lord' | 'Lady'>> = {
  Earl: 'Lord',
  Marquis: 'Lord',
  Marquess: 'Lord',
  Viscount: 'Lord',
  Baron: 'Lord',
  Countess: 'Lady',
  Marchioness: 'Lady',
  Viscountess: 'Lady',
  Baroness: 'Lady',
};

const RANK_OF_PLACE = /^(?:[Tt]he )?(\p{Lu}\p{Ll}+) of (\p{Lu}[\p{L}'’-]+)$/u;

/** Folds of the entry holding "Lord X" or "Lady X" into the one holding the rank "of X", or the other way round. */
export function peersByTitle(entities: readonly ExtractedEntity[]): EntityFold[] {
  const characters = entities.filter((e) => e.type === 'character');
  const namesOf = (e: ExtractedEntity): string[] => [e.name, ...e.aliases];
  const folds: EntityFold[] = [];
  for (const peer of characters) {
    for (const name of namesOf(peer)) {
      const [, rank = '', place = ''] = RANK_OF_PLACE.exec(name) ?? [];
      const style = STYLE_OF_RANK[rank];
      if (style === undefined) continue;
      const styled = `${style} ${place}`;
      const [owner, ...others] = characters.filter((c) => c !== peer && namesOf(c).includes(styled));
      if (owner === undefined || others.length > 0) continue;
      // The entry with more mentions keeps its name.
      const [from, into] = owner.mentions.length > peer.mentions.length ? [peer, owner] : [owner, peer];
      folds.push({ from: from.key, into: into.key });
    }
  }
  return folds;
}
