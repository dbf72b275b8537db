import type { KindData } from '../../../../shared/domain';
import { formatDateTime } from '../dates';
import { Fields } from '../Fields';
import { ItemLink } from '../ItemLink';

const NOTE_TYPE_NAMES: Record<KindData<'note'>['noteType'], string> = {
  note: 'Note',
  quote: 'Quote',
  action: 'Action point',
  question: 'Question',
};

export function NoteView({ note, onOpen }: { note: KindData<'note'>; onOpen: (id: string) => void }) {
  const speaker = note.speakerRole ? `${note.speaker}, ${note.speakerRole}` : note.speaker;
  return (
    <>
      {note.noteType === 'quote' ? (
        <figure className="pull-quote">
          <blockquote>
            <p>{note.text}</p>
          </blockquote>
          {speaker && <figcaption>{speaker}</figcaption>}
        </figure>
      ) : (
        <p className="lead">{note.text}</p>
      )}
      <Fields
        fields={[
          ['Type', NOTE_TYPE_NAMES[note.noteType]],
          ['Workshop', <ItemLink id={note.workshopId} onOpen={onOpen} />],
          ['Session', note.session],
          ['Speaker', note.noteType === 'quote' ? '' : speaker],
          ['Time', note.time ? formatDateTime(note.time) : ''],
        ]}
      />
    </>
  );
}
