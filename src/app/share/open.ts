// What the UI calls when something from outside asks to replace the workspace: a share link in the URL, or a file
// picked or dropped. Either gives the workspace to show next; on any problem it gives back the current workspace,
// untouched (the same object), with a message, so bad input never replaces or loses the user's work.
//
// API:
//   openLink(current, location.hash) -> Opened   (a hash without "#w=" leaves the workspace as it is, message null)
//   openFile(current, text) -> Opened            a scenario file (starts a new workspace with it) or a workspace file
//   Opened = { workspace, changed, message, notice }
//     changed: false when the workspace returned is `current`;  message: an error to show (text, never HTML);
//     notice: an older format was updated (show once).  Put the new workspace through history's replace() so
//     that opening a file can be undone.

import { newWorkspace, type Workspace } from '../../sim/workspace.ts';
import { readShareHash } from '../../sim/files/link.ts';
import { parseFile, type FileProblem } from '../../sim/files/validate.ts';
import type { LinkProblem } from '../../sim/files/link.ts';

/** why a link or a file was refused, as data, for the catalogs to word (t.checks.link, t.checks.file) */
export type Refusal = { of: 'link'; problem: LinkProblem } | { of: 'file'; problem: FileProblem };

export interface Opened {
  workspace: Workspace;
  changed: boolean;
  message: string | null;
  /** the message's reason as data, where it has one */
  refusal: Refusal | null;
  notice: string | null;
}

const kept = (current: Workspace, message: string | null, refusal: Refusal | null = null): Opened => ({
  workspace: current,
  changed: false,
  message,
  refusal,
  notice: null,
});

export function openLink(current: Workspace, hash: string): Opened {
  const decoded = readShareHash(hash);
  if (decoded === null) return kept(current, null);
  if (!decoded.ok) return kept(current, decoded.message, { of: 'link', problem: decoded.problem });
  return {
    workspace: decoded.workspace,
    changed: true,
    message: null,
    refusal: null,
    notice: decoded.notice,
  };
}

export function openFile(current: Workspace, text: string): Opened {
  const file = parseFile(text);
  if (!file.ok) return kept(current, file.message, { of: 'file', problem: file.refusal });
  return {
    workspace: file.kind === 'workspace' ? file.workspace : newWorkspace(file.scenario),
    changed: true,
    message: null,
    refusal: null,
    notice: file.notice,
  };
}
