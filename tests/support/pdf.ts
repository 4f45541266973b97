/**
 * A one-page PDF written byte by byte, its lines shown in Helvetica (a standard font: nothing embedded).
 * Each line is given as the bytes its string holds, read through WinAnsiEncoding: Arabic encoded as
 * Windows-1256 then comes out as the Latin-1 mojibake (`ÇáÚÑÈíÉ`) of a font without a usable character map.
 */
export function pdfWithLines(lines: Buffer[]): Buffer {
  const escape = (b: Buffer) => [...b].map((c) => (c < 0x20 || c > 0x7e || c === 0x28 || c === 0x29 || c === 0x5c ? `\\${c.toString(8).padStart(3, '0')}` : String.fromCharCode(c))).join('');
  const content = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...lines.map((l) => `(${escape(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
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
