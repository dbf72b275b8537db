import { useId, useState } from 'react';
import { useApiQuery } from '../../../useApiQuery';

/** A picker of library items of one kind, for adding a row; it lists them only once opened. */
export function AddItem({
  kind,
  label,
  exclude,
  onAdd,
}: {
  kind: 'source' | 'commitment';
  label: string;
  exclude: readonly string[];
  onAdd: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const selectId = useId();
  const list = useApiQuery('items.list', open ? { kind, limit: 1000 } : null);
  const choices = (list.value?.items ?? []).filter((item) => !exclude.includes(item.id));
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  const close = () => {
    setChosen('');
    setOpen(false);
  };
  return (
    <span className="add-item">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{list.loading ? 'Loading…' : choices.length > 0 ? 'Choose…' : 'Nothing more to add'}</option>
        {choices.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!chosen}
        onClick={() => {
          onAdd(chosen);
          close();
        }}
      >
        Add
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
    </span>
  );
}
