/** Title and readable text of a fetched page: Readability over linkedom, no navigation or scripts. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { FetchedPage } from './net/fetcher.js';

export interface ReadablePage {
  title: string;
  text: string;
  byline: string | null;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,dd,dt,figcaption,td';

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content type). */
function metaCharset(page: FetchedPage): string | undefined {
  if (page.mediaType !== 'text/html') return undefined;
  const head = page.body.subarray(0, 2048).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head)?.[1];
}

function decode(page: FetchedPage): string {
  try {
    return new TextDecoder(page.charset ?? metaCharset(page) ?? 'utf-8').decode(page.body);
  } catch {
    return new TextDecoder('utf-8').decode(page.body);
  }
}

const squash = (s: string) => s.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();

/** Block elements' text, one paragraph each; the whole text when there are no blocks. */
function blocksText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script,style,noscript,template')) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // Only the innermost blocks, so nested lists or quotes are not repeated.
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => squash(el.textContent ?? ''))
    .filter(Boolean);
  if (blocks.length > 0) return blocks.join('\n\n');
  return squash(document.body?.textContent ?? '');
}

export function readablePage(page: FetchedPage): ReadablePage {
  const source = decode(page);
  if (page.mediaType === 'text/plain') {
    const text = source.replace(/\r\n?/g, '\n').trim();
    const firstLine =
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? '';
    const title =
      firstLine.length > 0 && firstLine.length <= 200 ? firstLine : new URL(page.finalUrl).pathname;
    return { title, text, byline: null };
  }
  const { document } = parseHTML(source);
  const fallbackTitle = squash(document.querySelector('title')?.textContent ?? '');
  let article: ReturnType<Readability['parse']> = null;
  try {
    // linkedom's Document is not the DOM lib's type, though Readability reads it as one.
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 100,
    }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    return {
      title: squash(article.title ?? '') || fallbackTitle,
      text: blocksText(article.content),
      byline: article.byline ? squash(article.byline) : null,
    };
  }
  // Readability found no article: the body without scripts, styles and navigation.
  const { document: doc } = parseHTML(source);
  for (const el of doc.querySelectorAll('script,style,noscript,template,nav,header,footer,aside,form,iframe'))
    el.remove();
  return { title: fallbackTitle, text: blocksText(doc.body?.innerHTML ?? ''), byline: null };
}
