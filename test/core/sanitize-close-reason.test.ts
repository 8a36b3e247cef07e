import { describe, expect, it } from 'vitest';
import { MAX_REASON_BYTES, sanitizeCloseReason } from '../../src/core/index.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('sanitizeCloseReason', () => {
  it('keeps an ordinary reason as it is', () => {
    expect(sanitizeCloseReason('Max runtime reached')).toBe('Max runtime reached');
  });

  it('returns markup as literal text, for the UI to render as text', () => {
    const reason = '<img src=x onerror=alert(1)><b>hi</b>';
    expect(sanitizeCloseReason(reason)).toBe(reason);
  });

  it('removes control characters and folds whitespace', () => {
    expect(sanitizeCloseReason('  line\u0000one\r\n\tline\u0007two\u0085  ')).toBe(
      'lineone linetwo',
    );
  });

  it('removes bidi overrides and invisible characters (Trojan Source)', () => {
    expect(sanitizeCloseReason('evil\u202Etxt.exe\u2066x\u2069\u200B\uFEFF')).toBe('eviltxt.exex');
  });

  it('keeps the joiners that emoji sequences and scripts need', () => {
    expect(sanitizeCloseReason('👨‍👩‍👧 می‌خواهم')).toBe('👨‍👩‍👧 می‌خواهم');
  });

  it('drops lone surrogates instead of rendering replacement glyphs', () => {
    expect(sanitizeCloseReason('a\uD800b\uDFFFc')).toBe('abc');
  });

  it('caps the text at 123 UTF-8 bytes, as on the wire', () => {
    const result = sanitizeCloseReason('x'.repeat(500));
    expect(bytes(result)).toBe(MAX_REASON_BYTES);
  });

  it('never cuts an emoji in half at the byte cap', () => {
    // 121 ASCII bytes, then a 4-byte emoji that would straddle the cap.
    const result = sanitizeCloseReason(`${'a'.repeat(121)}😀tail`);
    expect(result).toBe('a'.repeat(121));
    const family = '👨‍👩‍👧'; // one grapheme, 18 bytes
    const joined = sanitizeCloseReason(`${'b'.repeat(110)}${family}`);
    expect(joined).toBe('b'.repeat(110));
    expect(bytes(sanitizeCloseReason(`${'c'.repeat(100)}${family}`))).toBe(118);
  });

  it('handles a 10 000-character hostile string', () => {
    const hostile = '\u202E<script>'.repeat(1_000) + 'x'.repeat(1_000);
    const result = sanitizeCloseReason(hostile);
    expect(bytes(result)).toBeLessThanOrEqual(MAX_REASON_BYTES);
    expect(result).not.toMatch(/\u202E/);
    expect(result.startsWith('<script>')).toBe(true);
  });

  it.each([null, undefined, 42, {}, ['reason'], Symbol('s')])(
    'returns an empty string for %s',
    (value) => {
      expect(sanitizeCloseReason(value)).toBe('');
    },
  );
});
