/** The story bible out of George: one JSON document, or Markdown with one file per entity in a zip. */
import { mustGet } from '@george/runtime/collections';
import JSZip from 'jszip';

export interface BibleExportEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  firstAppearance: { fileId: string; chapter: number | null; offset: number } | null;
  sheet: string;
  relations: Array<{
    type: string;
    label?: string | undefined;
    other: { id: string; name: string };
    weight: number;
  }>;
  /** Mentions per file and 1-based chapter. */
  appearances: Array<{ fileId: string; chapter: number | null; count: number }>;
  /** Mentions per book of a series (books with none left out; absent when the project has no books). */
  books?: Array<{ number: number; title: string; mentions: number }>;
}

export interface BibleExport {
  format: 'george-story-bible';
  version: 1;
  project: { id: string; name: string };
  exportedAt: string;
  entities: BibleExportEntity[];
}

export function bibleJson(
  project: { id: string; name: string },
  entities: BibleExportEntity[],
  now = new Date(),
): BibleExport {
  return {
    format: 'george-story-bible',
    version: 1,
    project,
    exportedAt: now.toISOString(),
    entities: [...entities].sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)),
  };
}

/** A file name from an entity name: letters, digits and dashes, never a path. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'entity'
  );
}

const yamlString = (s: string) => JSON.stringify(s);
const FOLDERS: Record<string, string> = {
  character: 'characters',
  location: 'locations',
  organization: 'organizations',
  term: 'terms',
};

/** Markdown: `<type>s/<name>.md` per entity (front matter, the sheet, relations), and an index. */
export async function bibleMarkdownZip(data: BibleExport): Promise<Buffer> {
  const zip = new JSZip();
  const used = new Set<string>();
  const paths = new Map<string, string>();
  for (const e of data.entities) {
    const folder = FOLDERS[e.type] ?? 'other';
    let path = `${folder}/${slug(e.name)}.md`;
    for (let n = 2; used.has(path); n++) path = `${folder}/${slug(e.name)}-${n}.md`;
    used.add(path);
    paths.set(e.id, path);
  }
  for (const e of data.entities) {
    const path = mustGet(paths, e.id);
    const lines = [
      '---',
      `id: ${yamlString(e.id)}`,
      `name: ${yamlString(e.name)}`,
      `type: ${e.type}`,
      `aliases: [${e.aliases.map(yamlString).join(', ')}]`,
      `mentions: ${e.mentionCount}`,
      ...(e.firstAppearance
        ? [
            `firstAppearance: { fileId: ${yamlString(e.firstAppearance.fileId)}, chapter: ${e.firstAppearance.chapter ?? 'null'} }`,
          ]
        : []),
      ...(e.books && e.books.length > 0
        ? [
            `books: [${e.books.map((b) => `{ number: ${b.number}, title: ${yamlString(b.title)}, mentions: ${b.mentions} }`).join(', ')}]`,
          ]
        : []),
      '---',
      '',
      e.sheet.trim() || `# ${e.name}`,
      '',
    ];
    if (e.relations.length > 0) {
      lines.push('## Relations in the story bible', '');
      for (const r of e.relations) {
        const target = paths.get(r.other.id);
        const other = target ? `[${r.other.name}](../${target})` : r.other.name;
        lines.push(`- ${r.label ?? r.type.replace(/_/g, ' ')}: ${other} (${r.weight})`);
      }
      lines.push('');
    }
    zip.file(path, lines.join('\n'));
  }
  const index = [`# Story bible: ${data.project.name}`, '', `Exported ${data.exportedAt}.`, ''];
  for (const [type, folder] of Object.entries(FOLDERS)) {
    const list = data.entities.filter((e) => e.type === type);
    if (list.length === 0) continue;
    index.push(`## ${folder[0]?.toUpperCase()}${folder.slice(1)}`, '');
    for (const e of list) index.push(`- [${e.name}](${paths.get(e.id)}) (${e.mentionCount} mentions)`);
    index.push('');
  }
  zip.file('README.md', index.join('\n'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
