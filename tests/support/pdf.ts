/**
 * One-page PDFs written byte by byte, their lines shown in Helvetica (a standard font: nothing embedded).
 * Text extraction needs no glyphs, only each code's character: pdf.js takes it from the encoding.
 */

/**
 * Lines given as the bytes their strings hold, read through WinAnsiEncoding: Arabic encoded as
 * Windows-1256 then comes out as the Latin-1 mojibake (`ÇáÚÑÈíÉ`) of a font without a usable character map.
 */
export function pdfWithLines(lines: Buffer[]): Buffer {
  return onePagePdf(lines, '/WinAnsiEncoding');
}

/**
 * Arabic lines drawn as a PDF producer draws them: glyphs left to right, so each line's characters in
 * visual (reversed) order, each code mapped to its letter by glyph name (`/uni0627`) in the encoding.
 */
export function pdfWithArabicLines(lines: string[]): Buffer {
  const chars = [...new Set(lines.join('').replace(/ /g, ''))];
  if (chars.length > 120) throw new Error('pdfWithArabicLines: more than 120 distinct characters');
  const code = new Map(chars.map((c, i) => [c, 128 + i]));
  const bytes = lines.map((l) => Buffer.from([...l].reverse().map((c) => (c === ' ' ? 32 : code.get(c)!))));
  const names = chars.map((c) => `/uni${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return onePagePdf(bytes, `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ${names}] >>`);
}

function onePagePdf(lines: Buffer[], encoding: string): Buffer {
  const escape = (b: Buffer) => [...b].map((c) => (c < 0x20 || c > 0x7e || c === 0x28 || c === 0x29 || c === 0x5c ? `\\${c.toString(8).padStart(3, '0')}` : String.fromCharCode(c))).join('');
  const content = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...lines.map((l) => `(${escape(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encoding} /FirstChar 0 /LastChar 255 /Widths [${'600 '.repeat(256).trim()}] >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
