import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../renderer/src/base64';
import { referenceDocProblem } from '../../renderer/src/document/reference-doc';

// A reference document is checked before it is sent: the writer hears at once
// that a PDF or a 25 MB file will not do, and why.

describe('reference documents', () => {
  it('takes a Word file under the limit and refuses others with a reason', () => {
    expect(referenceDocProblem({ name: 'House style.DOCX', size: 40_000 })).toBeNull();
    expect(referenceDocProblem({ name: 'house-style.pdf', size: 40_000 })).toMatch(/not a Word file/);
    expect(referenceDocProblem({ name: 'huge.docx', size: 25 * 1024 * 1024 })).toMatch(/25\.0 MB.*at most 20 MB/);
  });

  it('encodes bytes as base64, also past one chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, index) => index % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
