/**
 * Speech by quotation marks: the ranges of a text between an opening and a closing mark, in the
 * marks the text uses (“ ” or " or ‘ ’). A quotation still open at a paragraph's end closes there
 * (the next paragraph of a long speech opens with a mark again). The dialogue module's attributed
 * quotations replace these ranges where it has run.
 */

export interface TextRange {
  start: number;
  end: number;
}

type Style = 'curly' | 'straight' | 'single';

/** The marks a text quotes with: the most frequent opening mark at the start of a word. */
function quoteStyle(text: string): Style {
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  const curly = (sample.match(/“/g) ?? []).length;
  const straight = (sample.match(/(?:^|[\s(—-])"/g) ?? []).length;
  const single = (sample.match(/(?:^|[\s(—-])‘/g) ?? []).length;
  if (single > curly && single > straight) return 'single';
  return curly >= straight ? 'curly' : 'straight';
}

/** Quotation ranges in text order (the marks included). */
export function findQuotationMarks(text: string): TextRange[] {
  const style = quoteStyle(text);
  const out: TextRange[] = [];
  let open = -1;
  const close = (end: number) => {
    if (open >= 0 && end > open + 1) out.push({ start: open, end });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      close(i);
      continue;
    }
    if (style === 'curly') {
      if (c === '“') {
        close(i);
        open = i;
      } else if (c === '”' && open >= 0) close(i + 1);
    } else if (style === 'straight') {
      if (c === '"') {
        // Which way a straight mark faces: space before and a word after opens, the reverse closes;
        // only a mark between two spaces or two words falls back on toggling.
        const before = text[i - 1];
        const after = text[i + 1];
        const spaceBefore = before === undefined || /[\s([—-]/.test(before);
        const spaceAfter = after === undefined || /[\s)\].,;:!?—-]/.test(after);
        const opens = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : open < 0;
        if (opens) {
          close(i);
          open = i;
        } else if (open >= 0) close(i + 1);
      }
    } else if (c === '‘') {
      const before = text[i - 1];
      if (before === undefined || !/[\p{L}\p{N}]/u.test(before)) {
        if (open < 0) open = i;
      }
    } else if (c === '’' && open >= 0) {
      const after = text[i + 1];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) close(i + 1);
    }
  }
  close(text.length);
  return out;
}
