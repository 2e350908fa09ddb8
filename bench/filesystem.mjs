// Filesystem Server figures: upload + extraction of Pride and Prejudice as .txt and as .docx
// (end to end through george-serve, and extraction alone in-process), and text reads.
// Bounded loops, 127.0.0.1 only. Needs `npm run build` first (uses dist/).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ROOT, serve, TOKEN, table } from './lib.mjs';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PRIDE = resolve(ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt');

const { extract } = await import(join(ROOT, 'services/filesystem/dist/services/extract.js'));
const { buildStructure } = await import(join(ROOT, 'services/filesystem/dist/services/text.js'));

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
async function docxOf(text) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = text
    .split(/\n\s*\n/)
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p.replace(/\s+/g, ' ').trim())}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Pride and Prejudice as a PDF: one drawn line per text line, 11 pt Times, about 266 pages. */
async function pdfOf(text) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  let page = doc.addPage([612, 792]);
  let y = 740;
  for (const line of text.split('\n')) {
    if (y < 60) {
      page = doc.addPage([612, 792]);
      y = 740;
    }
    const clean = line.replace(/[^\x20-\x7e]/g, "'");
    if (clean.trim()) page.drawText(clean, { x: 60, y, size: 11, font });
    y -= 14;
  }
  return Buffer.from(await doc.save());
}

function multipart(filename, data) {
  const boundary = `----bench${Date.now()}`;
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return {
    median: +s[Math.floor(s.length / 2)].toFixed(1),
    min: +s[0].toFixed(1),
    max: +s[s.length - 1].toFixed(1),
  };
};

const txt = readFileSync(PRIDE);
const docx = await docxOf(txt.toString('utf8'));
const pdf = await pdfOf(txt.toString('utf8'));
const dataDir = mkdtempSync(join(tmpdir(), 'george-bench-fs-'));
const server = await serve('services/filesystem/dist/app.js', WORKERS, { DATA_DIR: dataDir });
const rows = [];
try {
  for (const [label, name, data] of [
    ['.txt', 'pride.txt', txt],
    ['.docx', 'pride.docx', docx],
    ['.pdf', 'pride.pdf', pdf],
  ]) {
    const rounds = label === '.pdf' ? Math.min(3, ROUNDS) : ROUNDS;
    const local = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      const ex = await extract(data, {
        name,
        zip: { maxUncompressedBytes: 2e8, maxRatio: 100, maxEntries: 10_000 },
      });
      const s = buildStructure(ex.blocks);
      local.push(performance.now() - t0);
      if (s.chapters.length !== 61) throw new Error(`${label}: ${s.chapters.length} chapters`);
    }
    rows.push({
      what: `extract ${label} in-process (${(data.length / 1024).toFixed(0)} KiB)`,
      ...stats(local),
    });
    const http = [];
    let last;
    // Two unmeasured uploads first: each worker's extraction thread starts cold once.
    for (let i = -2; i < rounds; i++) {
      const { body, type } = multipart(name, data);
      const t0 = performance.now();
      const res = await fetch(`${server.url}/projects/bench/files`, {
        method: 'POST',
        headers: { 'x-internal-token': TOKEN, 'content-type': type },
        body,
      });
      last = await res.json();
      if (i >= 0) http.push(performance.now() - t0);
      if (res.status !== 201) throw new Error(JSON.stringify(last));
    }
    rows.push({ what: `upload + extract + store ${label} (HTTP)`, ...stats(http) });
    const reads = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/projects/bench/files/${last.id}/text`, {
        headers: { 'x-internal-token': TOKEN },
      });
      await res.json();
      reads.push(performance.now() - t0);
    }
    rows.push({
      what: `read whole text ${label} (HTTP, ${last.wordCount} words, ${last.chapterCount} chapters)`,
      ...stats(reads),
    });
  }
  console.log(`Filesystem Server, ${WORKERS} workers, ${ROUNDS} rounds each, times in ms`);
  table(rows);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
