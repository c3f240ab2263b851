// Several nodes starting at once on one new PostgreSQL database: exactly one makes and prints the setup code, and it works.
import { describe, expect, it } from 'vitest';
import type { Config } from '../../server/config';
import { startServer } from '../../server/create-server';
import { freshDatabaseUrl, testStore } from '../support/postgres';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

describe.runIf(testStore() === 'postgres')('setup code on a cluster', () => {
  // The window between "no code yet" and "store mine" is short: several rounds make a lost race show.
  it.each(Array.from({ length: 8 }, (_, i) => i + 1))(
    'round %i: of 4 nodes starting side by side, one prints a setup code and that code sets up through any node',
    async () => {
      const databaseUrl = await freshDatabaseUrl('setup-race');
      const configs: Config[] = await Promise.all(Array.from({ length: 4 }, async () => ({ ...(await serverConfig(tempDataDir())), databaseUrl })));
      const servers = await Promise.all(configs.map((c) => startServer(c)));
      try {
        const printed = servers.map((s) => s.setupCode).filter((c): c is string => c !== undefined);
        expect(printed).toHaveLength(1);
        // Set up through a node that did not print it: the code is the cluster's, not the node's.
        const other = servers.find((s) => s.setupCode === undefined)!;
        await new StaffClient(`http://127.0.0.1:${other.port}`).setup(printed[0]!);
      } finally {
        await Promise.all(servers.map((s) => s.close()));
      }
    },
    60_000,
  );
});
