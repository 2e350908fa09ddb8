import type { ExternalImportReply } from '@george/contracts/external-data';
import { type FetchLimits, fetchGuarded } from './net/fetcher.js';
import type { GuardOptions } from './net/guard.js';
import { readablePage } from './readable.js';

/** Web-page import: the page fetched behind the SSRF guard, then its title and readable text. */
export class ImportService {
  constructor(
    private readonly guard: GuardOptions,
    private readonly limits: FetchLimits,
  ) {}

  async importPage(url: string): Promise<ExternalImportReply> {
    const page = await fetchGuarded(url, this.guard, this.limits);
    const readable = readablePage(page);
    return {
      url: page.url,
      finalUrl: page.finalUrl,
      title: readable.title,
      text: readable.text,
      byline: readable.byline,
      contentType: page.mediaType,
      length: readable.text.length,
    };
  }
}
