export { downloadFile } from '../../ui/download';

/** "veille-2026-12-01" in the CM's local date. */
export function stampedName(base: string, ext: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
