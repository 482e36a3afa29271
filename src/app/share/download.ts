// Saves text or a blob as a file in the user's downloads: a Blob behind an object URL, and a click on an <a download>.
// Nothing leaves the browser, and an object URL needs no script permission under the page's CSP.

/** ms the object URL lives after the click: long enough for the browser to start the download */
const REVOKE_AFTER_MS = 30_000;

export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(fileName: string, text: string, type: string) {
  downloadBlob(fileName, new Blob([text], { type }));
}
