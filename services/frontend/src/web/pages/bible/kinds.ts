import type { EntityType } from '../../lib/api/types.ts';

export const KINDS: [EntityType | '', string][] = [
  ['', 'All'],
  ['character', 'Characters'],
  ['location', 'Places'],
  ['organization', 'Organisations'],
  ['group', 'Groups'],
  ['term', 'Terms'],
];

export const KIND_LABEL: Record<EntityType, string> = {
  character: 'Character',
  location: 'Place',
  organization: 'Organisation',
  group: 'Group',
  term: 'Term',
};

export const NODE_CLASS: Record<EntityType, string> = {
  character: 'n-character',
  location: 'n-location',
  organization: 'n-organization',
  group: 'n-organization',
  term: 'n-term',
};
