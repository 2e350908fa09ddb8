/**
 * Short manuscripts of my own for the thirty-ninth session's helper on measures, written before any
 * rule and before any output on them was read (`measure-changes-1.test.ts` says which are found and
 * flagged): a distance in miles between two named places, and a thing's height, length, depth or
 * width in feet, inches or yards, each stated twice with two figures in different wordings ("lay five
 * miles from", "the eight miles from X to Y", "It was twelve miles from X to Y", "four feet high",
 * "barely two feet high", "a full five inches long"); and near cases that must get no issue (two
 * different roads, the road against the fields, two different doors, a tree that grows over years,
 * part of a way walked, a figure of speech).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const MEASURE_CHANGES_1_REAL: readonly Contradiction[] = [
  {
    name: 'Ashby lay five miles from Kerrow, then "the eight miles from Ashby to Kerrow"',
    text: chapters(
      'The village of Ashby lay five miles from Kerrow, across the open moor.',
      'Thomas Hale walked the eight miles from Ashby to Kerrow before breakfast.',
    ),
    cites: ['five miles from Kerrow', 'eight miles from Ashby to Kerrow'],
  },
  {
    name: '"It was twelve miles from Denholm to Bracken Cross", then only three miles',
    text: chapters(
      'It was twelve miles from Denholm to Bracken Cross, and the coach took half the day.',
      'The harvest was late that year, and the rain spoiled half the wheat.',
      'Bracken Cross was only three miles from Denholm, and Mary Benson walked it every Sunday.',
    ),
    cites: ['twelve miles from Denholm', 'three miles from Denholm'],
  },
  {
    name: 'Lowick is six miles distant from Fenwick, then "the four miles between"',
    text: chapters(
      'Lowick is six miles distant from Fenwick by the turnpike road.',
      'Edward Crane rode the four miles between Lowick and Fenwick in under an hour.',
    ),
    cites: ['six miles distant from Fenwick', 'four miles between Lowick and Fenwick'],
  },
  {
    name: 'Stanmore was twenty miles away from Harwell, then forty miles in the same chapter',
    text: chapters(
      'Stanmore was twenty miles away from Harwell, and the post came only twice a week. Ann Lacey wrote letters every evening by the fire. Her aunt lived at Stanmore, forty miles from Harwell, and never visited.',
    ),
    cites: ['twenty miles away from Harwell', 'forty miles from Harwell'],
  },
  {
    name: 'a journey of ten miles from Hatherley to Millbrook, then Millbrook two miles from Hatherley',
    text: chapters(
      'After a journey of ten miles from Hatherley to Millbrook the horses were lathered and blown.',
      'Millbrook stood two miles from Hatherley, at the foot of the long hill.',
    ),
    cites: ['ten miles from Hatherley to Millbrook', 'two miles from Hatherley'],
  },
  {
    name: 'the cellar door four feet high, then "barely two feet high"',
    text: chapters(
      'The door of the cellar was four feet high, and Thomas Hale had to stoop to pass it.',
      'Mary Benson crept through the cellar door, which was barely two feet high.',
    ),
    cites: ['four feet high', 'two feet high'],
  },
  {
    name: 'the garden wall ten feet high, then no more than three feet high',
    text: chapters(
      'The garden wall was ten feet high and topped with broken glass.',
      'The boys jumped the garden wall, which was no more than three feet high, and ran off with the apples.',
    ),
    cites: ['ten feet high', 'three feet high'],
  },
  {
    name: 'the little key two inches long, then a full five inches long',
    text: chapters(
      'The little brass key was two inches long, and Ann Lacey kept it on a ribbon.',
      'She drew out the brass key, a full five inches long, and turned it in the lock.',
    ),
    cites: ['two inches long', 'five inches long'],
  },
  {
    name: 'the old well eighty feet deep, then not twelve feet deep',
    text: chapters(
      'The old well behind the inn was eighty feet deep, and no one had seen the bottom.',
      'Edward Crane lowered the bucket into the old well, not twelve feet deep, and drew up clear water.',
    ),
    cites: ['eighty feet deep', 'twelve feet deep'],
  },
  {
    name: 'the river at the ford thirty yards wide, then "no more than ten yards wide"',
    text: chapters(
      'The river at the ford was thirty yards wide, and brown with the spring rain.',
      'Thomas Hale led his horse across the ford, which was no more than ten yards wide.',
    ),
    cites: ['thirty yards wide', 'ten yards wide'],
  },
];

export const MEASURE_CHANGES_1_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'two different roads from one village',
    text: chapters(
      'It was five miles from Ashby to Kerrow, and eight miles from Ashby to Denholm.',
      'Thomas Hale walked the five miles to Kerrow and came home by dark.',
    ),
  },
  {
    name: 'by the road and across the fields',
    text: chapters(
      'By the road it was nine miles from Lowick to Fenwick, but across the fields only five.',
      'Mary Benson took the field path and was at Fenwick in two hours.',
    ),
  },
  {
    name: 'two different doors',
    text: chapters(
      'The front door of the hall was eight feet high.',
      'The cellar door was only four feet high, and Edward Crane had to stoop.',
    ),
  },
  {
    name: 'a tree that grows over the years',
    text: chapters(
      'The oak sapling was two feet high when Thomas Hale planted it by the gate.',
      'Thirty years later the oak was forty feet high and shaded the whole yard.',
    ),
  },
  {
    name: 'part of the way walked',
    text: chapters(
      'Harwell was ten miles from Stanmore.',
      'Ann Lacey walked three miles from Harwell towards Stanmore before the rain began.',
    ),
  },
  {
    name: 'a figure of speech',
    text: chapters(
      'The garden wall was ten feet high and topped with broken glass.',
      'When she heard the news Mary Benson felt ten feet tall, and her thoughts were a thousand miles away.',
    ),
  },
];
