/** A file's size as people read it next to its name: `840 KB`, `1.2 MB` (digits and units the same in Arabic and English). */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
