import { useId } from 'react';

/** The table's caption as the document prints it; empty prints the library item's title. */
export function CaptionField({ caption, placeholder, onChange }: { caption: string; placeholder: string; onChange: (caption: string) => void }) {
  const id = useId();
  return (
    <span className="caption-field">
      <label htmlFor={id}>Caption</label>
      <input id={id} type="text" value={caption} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
    </span>
  );
}
