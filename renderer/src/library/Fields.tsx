import type { ReactNode } from 'react';

/** A label and its value; empty values (``, null, []) are left out. */
export type Field = [label: string, value: ReactNode];

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function Fields({ fields }: { fields: Field[] }) {
  const shown = fields.filter(([, value]) => !isEmpty(value));
  if (shown.length === 0) return null;
  return (
    <dl className="fields">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Several values on one line: "Punjab, Khyber Pakhtunkhwa". */
export function joined(values: readonly string[]): string {
  return values.join(', ');
}
