import type { KindData } from '../../../../shared/domain';
import { webLink } from '../../web-link';

const SOURCE_TYPE_NAMES: Record<KindData<'source'>['type'], string> = {
  briefing: 'Briefing note',
  report: 'Report',
  article: 'Article',
  declaration: 'Declaration',
  thesis: 'Thesis',
  'workshop-record': 'Workshop record',
  book: 'Book',
  'web-page': 'Web page',
  other: 'Source',
};

/** Authors (date). Title. Publisher, place. Address — the way a bibliography lists it. */
export function SourceView({ source }: { source: KindData<'source'> }) {
  const who = source.authors.length > 0 ? source.authors.join(', ') : source.publisher;
  const link = webLink(source.url);
  const where = [source.publisher === who ? '' : source.publisher, source.place].filter(Boolean).join(', ');
  return (
    <>
      <p className="citation">
        {who && `${who} `}({source.date ?? 'n.d.'}). <cite>{source.title}</cite>.{where && ` ${where}.`}
        {link && (
          <>
            {' '}
            <a href={link} target="_blank" rel="noreferrer">
              {link}
            </a>
          </>
        )}
      </p>
      <p className="quiet">{SOURCE_TYPE_NAMES[source.type]}</p>
      {source.summary && <p>{source.summary}</p>}
    </>
  );
}
