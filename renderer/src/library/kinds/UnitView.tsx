import type { KindData } from '../../../../shared/domain';
import { Fields } from '../Fields';

export function UnitView({ unit }: { unit: KindData<'unit'> }) {
  return (
    <>
      <Fields
        fields={[
          ['Name', unit.name],
          ['Short name', unit.shortName],
          ['Government', unit.government],
          ['Level', unit.level],
          ['Sits in', unit.sitsIn],
          ['Established', unit.established],
        ]}
      />
      {unit.summary && <p>{unit.summary}</p>}
    </>
  );
}
