import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, safeLinkUrl } from '../../renderer/src/editor/links';

describe('a link typed in the link dialog', () => {
  it('becomes a web or mail address a reader may follow', () => {
    expect(safeLinkUrl('example.org/report')).toBe('https://example.org/report');
    expect(safeLinkUrl('https://example.org')).toBe('https://example.org');
    expect(safeLinkUrl('name@example.org')).toBe('mailto:name@example.org');
    expect(safeLinkUrl('mailto:name@example.org')).toBe('mailto:name@example.org');
  });

  it('is refused when it could run code or open a file', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('file:///etc/passwd')).toBeNull();
    expect(safeLinkUrl('data:text/html,<script>')).toBeNull();
    expect(isSafeLinkUrl('javascript:alert(1)')).toBe(false);
  });
});
