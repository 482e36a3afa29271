// Which workspace the page opens with: a share link in the URL wins over the work autosaved in this browser, which
// wins over the default preset. A link that cannot be read is refused with a message, and the page opens on the
// autosave (or the default) instead, so a bad link never costs anyone their work. Pure: the caller reads the URL
// and the storage.
//
// API:
//   startingWorkspace(hash, restored, fallback) -> Start
//     hash: location.hash;  restored: WorkspaceStore.restore()'s answer;  fallback: the default workspace
//   Start = { base, link, alerts, notices }
//     base: the workspace to begin with (autosave or default);  link: the shared workspace to open over it, or null;
//     alerts: problems to show as alerts (a link that cannot be read);  notices: news to show once (storage turned
//     off, an autosave that could not be read or was in an older format, a link in an older format).

import type { Workspace } from '../../sim/workspace.ts';
import { LINK_PARAM, readShareHash } from '../../sim/files/link.ts';
import { MIGRATED_NOTICE } from '../../sim/files/validate.ts';
import { NOTICES, worded } from './storage.ts';

export interface Start {
  base: Workspace;
  /** whether base is the user's own autosaved work (so opening a link over it should be undoable) */
  restored: boolean;
  link: Workspace | null;
  alerts: string[];
  notices: string[];
}

export function startingWorkspace(
  hash: string,
  restored: { workspace: Workspace | null; notice: string | null },
  fallback: Workspace,
): Start {
  const alerts: string[] = [];
  const notices: string[] = [];
  const decoded = readShareHash(hash);
  const base = restored.workspace ?? fallback;
  if (restored.notice) notices.push(restored.notice);
  if (decoded === null) return { base, restored: restored.workspace !== null, link: null, alerts, notices };
  if (!decoded.ok) {
    const problem = decoded.problem;
    alerts.push(
      worded((t) => t.notices.linkUnreadAtStart(t.checks.link(problem), restored.workspace !== null)),
    );
    return { base, restored: restored.workspace !== null, link: null, alerts, notices };
  }
  if (decoded.notice)
    notices.push(decoded.notice === `This link ${MIGRATED_NOTICE}` ? NOTICES.linkUpdated : decoded.notice);
  return { base, restored: restored.workspace !== null, link: decoded.workspace, alerts, notices };
}

/** The page's address without a share link, so that a reload opens the autosave (with later edits), not the link. */
export function withoutShareHash(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.startsWith('#') ? url.hash.slice(1) : url.hash);
  // a hash with no workspace in it (an anchor, or words pasted after the address) is left as it was written: read as
  // parameters and written back it would come out changed ("#a%$" as "#a%25%24=")
  if (!params.has(LINK_PARAM)) return href;
  params.delete(LINK_PARAM);
  const rest = params.toString();
  url.hash = rest ? `#${rest}` : '';
  return url.href.endsWith('#') ? url.href.slice(0, -1) : url.href;
}

/** The full link to share: the page's address with the workspace's hash in place of any other. */
export function shareUrl(href: string, hash: string): string {
  const url = new URL(withoutShareHash(href));
  url.hash = hash;
  return url.href;
}
