/** Saves bytes as a file through an `<a download>` (extension pages need no `downloads` permission for this). */
export function downloadBytes(bytes: Uint8Array, filename: string, type = 'application/zip'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `sockscope-export-2021-04-01T1200Z.zip` from an export time. */
export function exportFilename(at: number, selection: boolean): string {
  const stamp = new Date(at).toISOString().slice(0, 16).replace(/:/g, '');
  return `sockscope-${selection ? 'selection' : 'export'}-${stamp}Z.zip`;
}
