/**
 * Hands a file to the browser's downloads, from memory: a Blob URL, never a network request.
 * The URL is revoked well after the click: Chrome reads the Blob asynchronously, and revoking it
 * on the next task can cancel a large download halfway.
 */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
