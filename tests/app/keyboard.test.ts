import { describe, expect, it } from 'vitest';
import { keyAction, type KeyPress } from '../../src/app/keyboard.ts';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  targetTag: 'BODY',
  ...over,
});

describe('keyboard shortcuts', () => {
  it.each([
    [' ', 'togglePlay'],
    ['ArrowLeft', 'stepBack'],
    ['ArrowRight', 'stepForward'],
    ['Home', 'first'],
    ['End', 'last'],
    ['p', 'togglePresent'],
    ['P', 'togglePresent'],
  ] as const)('%j on the page asks for %s', (key, action) => {
    expect(keyAction(press(key))).toBe(action);
  });

  it('ctrl+z undoes, shift+ctrl+z and ctrl+y redo, cmd+z undoes on a Mac', () => {
    expect(keyAction(press('z', { ctrlKey: true }))).toBe('undo');
    expect(keyAction(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(keyAction(press('y', { ctrlKey: true }))).toBe('redo');
    expect(keyAction(press('z', { metaKey: true }))).toBe('undo');
  });

  it('P with a modifier, or typed in a field, is not presentation mode', () => {
    expect(keyAction(press('p', { ctrlKey: true }))).toBeNull();
    expect(keyAction(press('p', { metaKey: true }))).toBeNull();
    expect(keyAction(press('p', { targetTag: 'INPUT', targetType: 'text' }))).toBeNull();
    expect(keyAction(press('p', { targetTag: 'TEXTAREA' }))).toBeNull();
  });

  it('typing in a text field keeps its own keys, undo included', () => {
    const inText = { targetTag: 'INPUT', targetType: 'text' };
    expect(keyAction(press(' ', inText))).toBeNull();
    expect(keyAction(press('ArrowLeft', inText))).toBeNull();
    expect(keyAction(press('z', { ...inText, ctrlKey: true }))).toBeNull();
  });

  it('undo works from a slider or a select, which have no undo of their own', () => {
    expect(keyAction(press('z', { ctrlKey: true, targetTag: 'INPUT', targetType: 'range' }))).toBe('undo');
    expect(keyAction(press('z', { ctrlKey: true, targetTag: 'SELECT' }))).toBe('undo');
  });

  it('a focused slider or select moves itself, not the play head', () => {
    expect(keyAction(press('ArrowRight', { targetTag: 'INPUT', targetType: 'range' }))).toBeNull();
    expect(keyAction(press('Home', { targetTag: 'SELECT' }))).toBeNull();
  });

  it('a focused chart round picker (role slider) keeps its arrows and space', () => {
    const onChart = { targetTag: 'rect', targetRole: 'slider' };
    expect(keyAction(press('ArrowLeft', onChart))).toBeNull();
    expect(keyAction(press(' ', onChart))).toBeNull();
    expect(keyAction(press('z', { ...onChart, ctrlKey: true }))).toBe('undo');
  });

  it('space on a focused button presses the button instead of toggling play twice', () => {
    expect(keyAction(press(' ', { targetTag: 'BUTTON' }))).toBeNull();
    expect(keyAction(press('ArrowRight', { targetTag: 'BUTTON' }))).toBe('stepForward');
  });

  it('keys with ctrl, cmd or alt other than undo and redo are left to the browser', () => {
    expect(keyAction(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(keyAction(press('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(keyAction(press('a'))).toBeNull();
  });
});
