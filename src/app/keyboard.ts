// Keyboard shortcuts of the run controls and the workspace history, as a pure mapping from a key press to an action,
// so that which keys do what (and where they must not) is tested without a browser.

export type KeyAction =
  'togglePlay' | 'stepBack' | 'stepForward' | 'first' | 'last' | 'undo' | 'redo' | 'togglePresent';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** tag name of the focused element, upper case as the DOM gives it ('INPUT', 'BUTTON', ...) */
  targetTag: string;
  /** type of the focused input, if it is one ('range', 'number', 'text', ...) */
  targetType?: string;
  /** the focused element is editable text (contenteditable) */
  targetEditable?: boolean;
  /** ARIA role of the focused element, if it has one ('slider' for a chart's round picker) */
  targetRole?: string | null;
}

/** roles whose widgets take arrows, Home and End themselves (a chart's round picker is a slider) */
const KEYED_ROLES = new Set([
  'slider',
  'spinbutton',
  'listbox',
  'grid',
  'tablist',
  'menu',
  'radiogroup',
  'tree',
]);

/** Inputs whose own keys must win: typing a number, moving a slider, choosing an option. */
function ownsKeys(press: KeyPress): boolean {
  if (press.targetEditable) return true;
  if (press.targetRole && KEYED_ROLES.has(press.targetRole)) return true;
  if (press.targetTag === 'TEXTAREA' || press.targetTag === 'SELECT') return true;
  if (press.targetTag === 'INPUT') return press.targetType !== 'checkbox' && press.targetType !== 'radio';
  return false;
}

/** Text being typed: its field keeps its own undo. */
function editsText(press: KeyPress): boolean {
  if (press.targetEditable || press.targetTag === 'TEXTAREA') return true;
  return (
    press.targetTag === 'INPUT' &&
    !['checkbox', 'radio', 'range', 'button', 'submit'].includes(press.targetType ?? '')
  );
}

/** The action a key press asks for, or null when the page should leave it to the browser. */
export function keyAction(press: KeyPress): KeyAction | null {
  const mod = press.ctrlKey || press.metaKey;
  if (mod && !press.altKey && press.key.toLowerCase() === 'z') {
    // text fields keep their own undo
    if (editsText(press)) return null;
    return press.shiftKey ? 'redo' : 'undo';
  }
  if (mod && !press.altKey && press.key.toLowerCase() === 'y' && !editsText(press)) return 'redo';
  if (mod || press.altKey || ownsKeys(press)) return null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      // a focused button or checkbox is pressed with space: the browser does that, the play head stays put
      return press.targetTag === 'BUTTON' || press.targetTag === 'INPUT' || press.targetTag === 'SUMMARY'
        ? null
        : 'togglePlay';
    case 'ArrowLeft':
      return 'stepBack';
    case 'ArrowRight':
      return 'stepForward';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'p':
    case 'P':
      // presentation mode, on and off (Escape also leaves it: App.svelte)
      return 'togglePresent';
    default:
      return null;
  }
}

/** Reads a KeyPress from a DOM keyboard event. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  const target = event.target as HTMLElement | null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    targetTag: target?.tagName ?? 'BODY',
    targetType: target instanceof HTMLInputElement ? target.type : undefined,
    targetEditable: target?.isContentEditable ?? false,
    targetRole: target?.getAttribute?.('role') ?? null,
  };
}
