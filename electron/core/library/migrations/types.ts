/** A schema change. Once shipped, its SQL never changes: add a new migration instead. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
