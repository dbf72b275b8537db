import { describe, expect, it } from 'vitest';
import { SourceData } from '../../shared/domain';
import { referenceParts } from '../../shared/references';

describe('a reading list’s references', () => {
  const reference = (data: Record<string, unknown>) => {
    const { lead, title, after, url } = referenceParts(SourceData.parse({ type: 'report', ...data }));
    return `${lead}*${title}*${after}${url ? ` ${url}` : ''}`;
  };

  it('are author-date, with the web address as text', () => {
    expect(
      reference({ title: 'From Policy to Action', authors: ['A. Khan', 'B. Ali', 'C. Shah'], date: '2018-02', publisher: 'DFID', place: 'Islamabad', url: 'https://example.org/brief' }),
    ).toBe('A. Khan, B. Ali and C. Shah (2018). *From Policy to Action*. DFID, Islamabad. https://example.org/brief');
  });

  it('name the publisher when there is no author, and say n.d. without a date', () => {
    expect(reference({ title: 'Declaration', publisher: 'Ministry of Poverty Alleviation' })).toBe(
      'Ministry of Poverty Alleviation (n.d.). *Declaration*.',
    );
  });
});
