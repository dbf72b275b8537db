import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/library/migrations';

/**
 * Shipped migrations are frozen: libraries in the field recorded these checksums
 * and refuse to open if the steps change. Add a new migration instead of editing one.
 */
const SHIPPED: Record<number, { name: string; sha256: string }> = {
  1: { name: 'items', sha256: '6c8fb84407e81d1db52fd6cb863e3584a1e5dfc54f25265745c185f73a93f2f2' },
  2: { name: 'search', sha256: '43412a3ac2027b8f4c1760e3082c5dc01bdbfcb1a747407ddb7dfd0e39fcfd94' },
  3: { name: 'document-versions', sha256: '572932b1775d15c2f0915d37563bf6ac479ecc7e376d38ed9bd8059b03b19b9f' },
  4: { name: 'search-filter-index', sha256: '06d57518586a956e7e8a132b2ceeb103e9a3b7d551ecf3f4403018818d410018' },
  5: { name: 'search-prefixes', sha256: '06036478ae5bc345f6a1f3e94fd8cd00db62ef203b011c384bdb823a572a5d80' },
  6: { name: 'item-versions', sha256: 'a896ce0758420f2b2d362098b36e6cb128f280c6fdf275c9d89f311d8b965811' },
};

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('never change once shipped', () => {
    for (const migration of MIGRATIONS) {
      const shipped = SHIPPED[migration.version];
      if (!shipped) continue;
      expect({ name: migration.name, sha256: createHash('sha256').update(migration.sql).digest('hex') }, `migration ${migration.version}`).toEqual(shipped);
    }
    expect(Object.keys(SHIPPED).map(Number).every((version) => MIGRATIONS.some((migration) => migration.version === version))).toBe(true);
  });
});
