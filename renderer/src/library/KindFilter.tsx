import { useId } from 'react';
import { KIND_NAMES, type Kind } from '../../../shared/kinds';
import { kindHeading } from './kind-names';

export type KindChoice = Kind | 'all';

function isKindChoice(value: string): value is KindChoice {
  return value === 'all' || (KIND_NAMES as string[]).includes(value);
}

export function KindFilter({ value, onChange }: { value: KindChoice; onChange: (value: KindChoice) => void }) {
  const id = useId();
  return (
    <div className="kind-filter">
      <label htmlFor={id}>Kind</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isKindChoice(event.target.value)) onChange(event.target.value);
        }}
      >
        <option value="all">All kinds</option>
        {KIND_NAMES.map((kind) => (
          <option key={kind} value={kind}>
            {kindHeading(kind)}
          </option>
        ))}
      </select>
    </div>
  );
}
